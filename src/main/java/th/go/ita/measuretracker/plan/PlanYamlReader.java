package th.go.ita.measuretracker.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.intake.YamlFields;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanDocument.StepEntry;

/**
 * Reads the YAML plan format (see plans/README.md), reporting every error with its line (see {@link YamlFields}).
 */
@Component
class PlanYamlReader {

	record Reading(PlanDocument document, List<FileError> errors) {
	}

	Reading read(String yaml) {
		List<FileError> errors = new ArrayList<>();
		YamlFields plan = YamlFields.parse(yaml, errors, Set.of("fiscalYear", "organisation", "officeCode", "groups", "measures"),
				"plan.expected");
		if (plan == null) {
			return new Reading(null, errors);
		}
		Integer fiscalYear = plan.integer("fiscalYear", true);
		if (fiscalYear != null && !FiscalYear.isBuddhistEra(fiscalYear)) {
			plan.reject("fiscalYear", Wording.of("file.notBuddhistYear", fiscalYear));
			fiscalYear = null;
		}
		String organisation = plan.text("organisation", true);
		List<GroupDeclaration> groups = new ArrayList<>();
		for (YamlFields group : plan.list("groups", false, Set.of("id", "name"))) {
			groups.add(new GroupDeclaration(group::errorAt, group.text("id", true), group.text("name", true)));
		}
		List<MeasureEntry> measures = new ArrayList<>();
		for (YamlFields measure : plan.list("measures", true, Set.of("code", "title", "description", "indicators",
				"responsibleGroup", "deadline", "reportingQuarters", "stepOrder", "steps", "cancelled", "carriedOverFrom"))) {
			List<StepEntry> steps = new ArrayList<>();
			for (YamlFields step : measure.list("steps", true, Set.of("text", "group", "due"))) {
				steps.add(new StepEntry(step::errorAt, step.text("text", true), step.text("group", false),
						step.date("due", false)));
			}
			measures.add(new MeasureEntry(measure::errorAt, measure.text("code", true),
					measure.text("title", true), measure.text("description", false), measure.integers("indicators"),
					measure.text("responsibleGroup", true), measure.date("deadline", true),
					measure.integers("reportingQuarters"), stepOrder(measure), steps, measure.text("cancelled", false),
					measure.text("carriedOverFrom", false)));
		}
		return new Reading(new PlanDocument(fiscalYear, organisation, groups, measures, plan::errorAt,
				plan.text("officeCode", false)), errors);
	}

	private static StepOrder stepOrder(YamlFields measure) {
		String order = measure.text("stepOrder", false);
		if (order == null) {
			return StepOrder.SEQUENTIAL;
		}
		try {
			return StepOrder.valueOf(order.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			measure.reject("stepOrder", Wording.of("plan.stepOrder", order));
			return StepOrder.SEQUENTIAL;
		}
	}
}
