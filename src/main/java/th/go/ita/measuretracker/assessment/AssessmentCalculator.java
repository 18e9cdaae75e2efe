package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.assessment.AssessmentInput.IndicatorScore;
import th.go.ita.measuretracker.assessment.AssessmentInput.Statement;
import th.go.ita.measuretracker.assessment.AssessmentResult.Discrepancy;

/**
 * The ITA arithmetic: an indicator given by sub-items scores their mean; a tool's points are the mean of its
 * indicators times its weight / 100; the total is the sum of the tools' points. Everything is exact (34 digits);
 * figures are rounded half-up to two decimals only at the end, and the grade is read off the rounded total, as it
 * is published.
 */
@Component
@RequiredArgsConstructor
class AssessmentCalculator {

	static final MathContext EXACT = MathContext.DECIMAL128;
	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final AssessmentPolicy policy;

	AssessmentResult compute(AssessmentInput input) {
		Map<Integer, BigDecimal> exact = new TreeMap<>();
		List<Discrepancy> discrepancies = new ArrayList<>();
		for (IndicatorScore indicator : input.indicators()) {
			BigDecimal score = indicator.subItems().isEmpty() ? indicator.score()
					: mean(indicator.subItems().stream().map(AssessmentInput.SubItem::score).toList());
			exact.put(indicator.number(), score);
			if (!indicator.subItems().isEmpty() && indicator.score() != null) {
				compare(discrepancies, "indicator " + indicator.number(), "indicators (given with its sub-items)",
						indicator.score().toPlainString(), score);
			}
		}
		Map<Tool, BigDecimal> points = new EnumMap<>(Tool.class);
		BigDecimal total = BigDecimal.ZERO;
		for (Tool tool : Tool.values()) {
			List<BigDecimal> scores = new ArrayList<>();
			for (int n = tool.firstIndicator; n <= tool.lastIndicator; n++) {
				scores.add(exact.get(n));
			}
			BigDecimal toolPoints = mean(scores).multiply(BigDecimal.valueOf(policy.weight(tool)), EXACT)
				.divide(HUNDRED, EXACT);
			points.put(tool, toolPoints);
			total = total.add(toolPoints, EXACT);
		}
		BigDecimal rounded = round(total);
		Grade grade = Grade.of(rounded);
		Map<Integer, BigDecimal> shownScores = new TreeMap<>();
		exact.forEach((n, score) -> shownScores.put(n, round(score)));
		Map<Tool, BigDecimal> shownPoints = new EnumMap<>(Tool.class);
		points.forEach((tool, p) -> shownPoints.put(tool, round(p)));
		for (Statement statement : input.statements()) {
			check(statement, shownScores, shownPoints, rounded, grade, discrepancies);
		}
		checkHistory(input, rounded, discrepancies);
		List<Integer> weak = shownScores.entrySet().stream()
			.filter(e -> e.getValue().compareTo(policy.target()) < 0)
			.map(Map.Entry::getKey)
			.toList();
		return new AssessmentResult(input.fiscalYear(), input.organisation(), shownScores, shownPoints, rounded, grade,
				Grade.passes(rounded), weak, discrepancies);
	}

	/**
	 * The document's table of years states each year's change from the year before; the change is recomputed from
	 * the totals and compared at the precision the table uses (a stated "+3" accepts 3.26, not 3.6).
	 */
	private static void checkHistory(AssessmentInput input, BigDecimal total, List<Discrepancy> discrepancies) {
		List<AssessmentInput.PastYear> years = new ArrayList<>(input.history());
		years.sort(java.util.Comparator.comparingInt(AssessmentInput.PastYear::fiscalYear));
		BigDecimal previous = null;
		for (AssessmentInput.PastYear year : years) {
			if (year.fiscalYear() == input.fiscalYear()) {
				compare(discrepancies, "total " + year.fiscalYear(), "history", year.score().toPlainString(), total);
			}
			if (previous != null && year.statedDifference() != null) {
				BigDecimal difference = year.score().subtract(previous);
				BigDecimal atStatedPrecision = difference.setScale(Math.max(0, year.statedDifference().scale()),
						RoundingMode.HALF_UP);
				if (atStatedPrecision.compareTo(year.statedDifference()) != 0) {
					discrepancies.add(new Discrepancy("difference " + year.fiscalYear(), "history",
							year.statedDifference().toPlainString(), round(difference).toPlainString()));
				}
				String direction = Trend.direction(difference);
				if (year.statedDirection() != null && !year.statedDirection().equals(direction)) {
					discrepancies.add(new Discrepancy("direction " + year.fiscalYear(), "history", year.statedDirection(),
							direction));
				}
			}
			previous = year.score();
		}
	}

	private static void check(Statement statement, Map<Integer, BigDecimal> scores, Map<Tool, BigDecimal> points,
			BigDecimal total, Grade grade, List<Discrepancy> discrepancies) {
		String field = statement.field();
		if (field.equals("grade")) {
			if (!grade.name().equals(statement.value())) {
				discrepancies.add(new Discrepancy(field, statement.source(), statement.value(), grade.name()));
			}
			return;
		}
		BigDecimal computed = field.equals("total") ? total
				: field.startsWith("indicator ") ? scores.get(Integer.valueOf(field.substring(10)))
						: points.get(Tool.valueOf(field));
		compare(discrepancies, field, statement.source(), statement.value(), computed);
	}

	private static void compare(List<Discrepancy> discrepancies, String field, String source, String stated,
			BigDecimal computed) {
		BigDecimal shown = round(computed);
		boolean same;
		try {
			same = new BigDecimal(stated).compareTo(shown) == 0;
		}
		catch (NumberFormatException ex) {
			same = false;
		}
		if (!same) {
			discrepancies.add(new Discrepancy(field, source, stated, shown.toPlainString()));
		}
	}

	static BigDecimal mean(List<BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(value, EXACT);
		}
		return sum.divide(BigDecimal.valueOf(values.size()), EXACT);
	}

	static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
