package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.assessment.AssessmentInput.IndicatorScore;
import th.go.ita.measuretracker.assessment.AssessmentInput.PastYear;
import th.go.ita.measuretracker.assessment.AssessmentInput.Statement;
import th.go.ita.measuretracker.assessment.AssessmentInput.SubItem;
import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.intake.YamlFields;

/** Reads the assessment format (assessments/README.md), every error with its line. */
@Component
class AssessmentYamlReader {

	private static final BigDecimal HUNDRED = new BigDecimal("100");
	private static final Pattern STATED_FIELD = Pattern.compile("indicator ([1-9]|10)|IIT|EIT|OIT|total|grade");

	record Reading(AssessmentInput input, List<FileError> errors) {
	}

	Reading read(String yaml) {
		List<FileError> errors = new ArrayList<>();
		YamlFields file = YamlFields.parse(yaml, errors,
				Set.of("fiscalYear", "organisation", "indicators", "stated", "history"),
				"assessment.expected");
		if (file == null) {
			return new Reading(null, errors);
		}
		Integer fiscalYear = file.integer("fiscalYear", true);
		if (fiscalYear != null && !FiscalYear.isBuddhistEra(fiscalYear)) {
			file.reject("fiscalYear", Wording.of("file.notBuddhistYear", fiscalYear));
		}
		String organisation = file.text("organisation", true);
		List<IndicatorScore> indicators = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (YamlFields indicator : file.list("indicators", true, Set.of("number", "name", "score", "subItems"))) {
			Integer number = indicator.integer("number", true);
			if (number != null && (number < 1 || number > 10)) {
				indicator.reject("number", Wording.of("assessment.unknownIndicator", number));
				continue;
			}
			if (number != null && !seen.add(number)) {
				indicator.reject("number", Wording.of("assessment.indicatorTwice", number));
			}
			List<SubItem> subItems = new ArrayList<>();
			for (YamlFields item : indicator.list("subItems", false, Set.of("code", "name", "score"))) {
				String code = item.text("code", true);
				if (code != null && number != null && !code.matches(number + "\\.[1-9][0-9]?")) {
					item.reject("code", Wording.of("assessment.unknownSubItem", code, number));
				}
				subItems.add(new SubItem(code, item.text("name", false), score(item, true)));
			}
			BigDecimal score = score(indicator, subItems.isEmpty());
			if (number != null) {
				indicators.add(new IndicatorScore(number, score, subItems));
			}
		}
		if (!indicators.isEmpty()) {
			for (int n = 1; n <= 10; n++) {
				if (!seen.contains(n)) {
					file.reject("indicators", Wording.of("assessment.indicatorMissing", n, Indicators.nameToRead(n)));
				}
			}
		}
		List<Statement> statements = new ArrayList<>();
		for (YamlFields stated : file.list("stated", false, Set.of("field", "value", "source"))) {
			String field = stated.text("field", true);
			if (field != null && !STATED_FIELD.matcher(field).matches()) {
				stated.reject("field", Wording.of("assessment.statedField", field));
			}
			statements.add(new Statement(field, stated.text("value", true), stated.text("source", false)));
		}
		List<PastYear> history = new ArrayList<>();
		for (YamlFields year : file.list("history", false, Set.of("fiscalYear", "score", "grade", "difference", "direction"))) {
			Integer past = year.integer("fiscalYear", true);
			if (past != null && fiscalYear != null && past > fiscalYear) {
				year.reject("fiscalYear", Wording.of("assessment.pastAfter", past, fiscalYear));
			}
			history.add(new PastYear(past == null ? 0 : past, score(year, true), year.decimal("difference", false),
					year.text("direction", false)));
		}
		AssessmentInput input = fiscalYear == null ? null
				: new AssessmentInput(fiscalYear, organisation, indicators, statements, history);
		return new Reading(input, errors);
	}

	private static BigDecimal score(YamlFields fields, boolean required) {
		BigDecimal score = fields.decimal("score", required);
		if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
			fields.reject("score", Wording.of("assessment.scoreRange", score.toPlainString()));
			return null;
		}
		return score;
	}
}
