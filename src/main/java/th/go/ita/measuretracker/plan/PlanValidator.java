package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanDocument.StepEntry;

/** Rules that span fields: dates inside the fiscal year, known groups, unique codes. */
@Component
class PlanValidator {

	/** Camunda's default resource-id whitelist: letters and digits only. */
	private static final Pattern GROUP_ID = Pattern.compile("[a-zA-Z0-9]{1,64}");
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,48}");

	/**
	 * @param knownGroups the groups that already exist, id to name
	 * @return group id by every name or id a plan may use for it (the file's declarations included)
	 */
	Map<String, String> validate(PlanDocument plan, Map<String, String> knownGroups, List<PlanError> errors) {
		Map<String, String> groupIds = new HashMap<>();
		knownGroups.forEach((id, name) -> {
			groupIds.put(id, id);
			if (name != null) {
				groupIds.putIfAbsent(name, id);
			}
		});
		for (GroupDeclaration group : plan.groups()) {
			if (group.id() != null && !GROUP_ID.matcher(group.id()).matches()) {
				errors.add(new PlanError(group.line(), group.field() + ".id",
						"'" + group.id() + "' may hold only letters A-Z and digits (it becomes a Camunda group id)"));
			}
			else if (group.id() != null) {
				groupIds.put(group.id(), group.id());
				if (group.name() != null) {
					groupIds.put(group.name(), group.id());
				}
			}
		}
		FiscalYear year = plan.fiscalYear() == null ? null : FiscalYear.of(plan.fiscalYear());
		Set<String> codes = new HashSet<>();
		for (MeasureEntry measure : plan.measures()) {
			if (measure.code() != null && !CODE.matcher(measure.code()).matches()) {
				errors.add(new PlanError(measure.lineOf("code"), measure.field() + ".code", "'" + measure.code()
						+ "' may hold only letters, digits, '.' and '-' (it becomes part of the business key)"));
			}
			else if (measure.code() != null && !codes.add(measure.code())) {
				errors.add(new PlanError(measure.lineOf("code"), measure.field() + ".code",
						"'" + measure.code() + "' is used by another measure of this plan"));
			}
			group(measure.responsibleGroup(), groupIds, measure.lineOf("responsibleGroup"), measure.field() + ".responsibleGroup", errors);
			inYear(measure.deadline(), year, measure.lineOf("deadline"), measure.field() + ".deadline", errors);
			allBetween(measure.indicators(), 1, 10, measure, "indicators", "ITA indicators are numbered 1 to 10", errors);
			allBetween(measure.reportingQuarters(), 1, 4, measure, "reportingQuarters", "quarters are 1 to 4", errors);
			for (StepEntry step : measure.steps()) {
				if (step.group() != null) {
					group(step.group(), groupIds, step.lineOf("group"), step.field() + ".group", errors);
				}
				inYear(step.due(), year, step.lineOf("due"), step.field() + ".due", errors);
				if (step.due() != null && measure.deadline() != null && step.due().isAfter(measure.deadline())) {
					errors.add(new PlanError(step.lineOf("due"), step.field() + ".due", ThaiDates.isoBuddhist(step.due())
							+ " is after the measure's deadline " + ThaiDates.isoBuddhist(measure.deadline())));
				}
			}
		}
		return groupIds;
	}

	private static void group(String name, Map<String, String> groupIds, int line, String field, List<PlanError> errors) {
		if (name != null && !groupIds.containsKey(name)) {
			errors.add(new PlanError(line, field, "unknown group '" + name
					+ "'; declare it under groups: (id and name) or create it in Camunda Admin first"));
		}
	}

	private static void inYear(LocalDate date, FiscalYear year, int line, String field, List<PlanError> errors) {
		if (date != null && year != null && !year.contains(date)) {
			errors.add(new PlanError(line, field, ThaiDates.isoBuddhist(date) + " is outside fiscal year " + year + " ("
					+ ThaiDates.isoBuddhist(year.firstDay()) + " to " + ThaiDates.isoBuddhist(year.lastDay()) + ")"));
		}
	}

	private static void allBetween(List<Integer> values, int min, int max, MeasureEntry measure, String key, String rule,
			List<PlanError> errors) {
		for (Integer value : values) {
			if (value < min || value > max) {
				errors.add(new PlanError(measure.lineOf(key), measure.field() + "." + key, value + " is not allowed: " + rule));
			}
		}
	}
}
