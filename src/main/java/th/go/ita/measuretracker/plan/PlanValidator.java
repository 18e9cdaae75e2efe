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
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanDocument.Place;
import th.go.ita.measuretracker.plan.PlanDocument.StepEntry;
import th.go.ita.measuretracker.workflow.FormText;

/** Rules that span fields: dates inside the fiscal year, known groups, unique codes, texts that fit where they go. */
@Component
class PlanValidator {

	/** Camunda's default resource-id whitelist: letters and digits only. */
	private static final Pattern GROUP_ID = Pattern.compile("[a-zA-Z0-9]{1,64}");
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,48}");
	/** The office's short code: its public page's address (/public/{officeCode}/…), later its tenant code. */
	private static final Pattern OFFICE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");

	// The longest text each field may have: the column it is stored in (db/migration, Camunda's ACT_ID_GROUP.NAME_).
	static final int ORGANISATION = 300;
	static final int GROUP_NAME = 255;
	static final int TITLE = 1000;
	static final int DESCRIPTION = 4000;
	/** A group is named by its id or its Camunda name. */
	static final int GROUP_REFERENCE = GROUP_NAME;
	/**
	 * A step's text is kept whole in our table (4,000) and shown whole on the step's form and the status page; the
	 * Tasklist task name is the text cut to Camunda's 255 characters (workflow/TaskNames).
	 */
	static final int STEP_TEXT = 2000;
	/**
	 * A measure's steps are listed with their numbers and statuses in one text of the quarterly report form
	 * (report/ReportRound#stepStatuses, a Camunda text variable of at most {@link FormText#MAX_LENGTH}); this is
	 * what each step adds besides its text ("12. " … " — กำลังดำเนินการ" and a line break).
	 */
	static final int STEP_LISTING_OVERHEAD = 40;
	/** Why a measure is cancelled, and why a plan is amended (measure.closed_reason, plan_version.reason). */
	static final int REASON = 2000;
	/** A carried-over measure names last year's by its business key (measure.carried_over_from). */
	private static final Pattern BUSINESS_KEY = Pattern.compile("FY[0-9]{4}-" + CODE.pattern());

	/**
	 * @param knownGroups the groups that already exist, id to name
	 * @return group id by every name or id a plan may use for it (the file's declarations included)
	 */
	Map<String, String> validate(PlanDocument plan, Map<String, String> knownGroups, List<FileError> errors) {
		Map<String, String> groupIds = new HashMap<>();
		knownGroups.forEach((id, name) -> {
			groupIds.put(id, id);
			if (name != null) {
				groupIds.putIfAbsent(name, id);
			}
		});
		fits(plan.organisation(), ORGANISATION, plan.place(), "organisation", errors);
		if (plan.officeCode() != null && !OFFICE_CODE.matcher(plan.officeCode()).matches()) {
			errors.add(plan.place().error("officeCode", "'" + shortened(plan.officeCode())
					+ "' may hold only letters, digits and '-', at most 32 (it becomes the office's public address)"));
		}
		for (GroupDeclaration group : plan.groups()) {
			fits(group.name(), GROUP_NAME, group.place(), "name", errors);
			if (group.id() != null && !GROUP_ID.matcher(group.id()).matches()) {
				errors.add(group.place().error("id", Wording.of("plan.groupId", shortened(group.id()))));
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
			Place at = measure.place();
			if (measure.code() != null && !CODE.matcher(measure.code()).matches()) {
				errors.add(at.error("code", Wording.of("plan.code", shortened(measure.code()))));
			}
			else if (measure.code() != null && !codes.add(measure.code())) {
				errors.add(at.error("code", Wording.of("plan.codeTwice", measure.code())));
			}
			fits(measure.title(), TITLE, at, "title", errors);
			fits(measure.description(), DESCRIPTION, at, "description", errors);
			group(measure.responsibleGroup(), groupIds, at, "responsibleGroup", errors);
			inYear(measure.deadline(), year, at, "deadline", errors);
			distinctBetween(measure.indicators(), 1, 10, at, "indicators", "plan.indicatorRange", errors);
			distinctBetween(measure.reportingQuarters(), 1, 4, at, "reportingQuarters", "plan.quarterRange", errors);
			fits(measure.cancelled(), REASON, at, "cancelled", errors);
			if (measure.carriedOverFrom() != null && !BUSINESS_KEY.matcher(measure.carriedOverFrom()).matches()) {
				errors.add(at.error("carriedOverFrom", Wording.of("plan.businessKey", shortened(measure.carriedOverFrom()))));
			}
			int listing = 0;
			for (StepEntry step : measure.steps()) {
				fits(step.text(), STEP_TEXT, step.place(), "text", errors);
				listing += (step.text() == null ? 0 : step.text().length()) + STEP_LISTING_OVERHEAD;
				group(step.group(), groupIds, step.place(), "group", errors);
				inYear(step.due(), year, step.place(), "due", errors);
				if (step.due() != null && measure.deadline() != null && step.due().isAfter(measure.deadline())) {
					errors.add(step.place().error("due", Wording.of("plan.dueAfterDeadline", step.due(), measure.deadline())));
				}
			}
			if (listing > FormText.MAX_LENGTH) {
				errors.add(at.error("steps", Wording.of("plan.stepsTooLong", measure.steps().size(), FormText.MAX_LENGTH)));
			}
		}
		return groupIds;
	}

	/** Refuses a text longer than the column it is stored in: the database would refuse it with an error. */
	private static void fits(String text, int max, Place at, String key, List<FileError> errors) {
		if (text != null && text.length() > max) {
			errors.add(at.error(key, Wording.of("plan.tooLong", max, text.length())));
		}
	}

	private static void group(String name, Map<String, String> groupIds, Place at, String key, List<FileError> errors) {
		if (name == null) {
			return;
		}
		if (name.length() > GROUP_REFERENCE) {
			fits(name, GROUP_REFERENCE, at, key, errors);
		}
		else if (!groupIds.containsKey(name)) {
			errors.add(at.error(key, Wording.of("plan.unknownGroup", name)));
		}
	}

	private static void inYear(LocalDate date, FiscalYear year, Place at, String key, List<FileError> errors) {
		if (date != null && year != null && !year.contains(date)) {
			errors.add(at.error(key, Wording.of("plan.outsideYear", date, year.buddhistYear(), year.firstDay(),
					year.lastDay())));
		}
	}

	/**
	 * Each value once: the list is stored joined in a short column (measure.indicators, .reporting_quarters).
	 * @param outOfRange the message for a value outside min..max
	 */
	private static void distinctBetween(List<Integer> values, int min, int max, Place at, String key,
			String outOfRange, List<FileError> errors) {
		Set<Integer> seen = new HashSet<>();
		for (Integer value : values) {
			if (value < min || value > max) {
				errors.add(at.error(key, Wording.of(outOfRange, value)));
			}
			else if (!seen.add(value)) {
				errors.add(at.error(key, Wording.of("plan.givenTwice", value)));
			}
		}
	}

	/** Quotes a refused value without echoing a whole page of it back. */
	private static String shortened(String text) {
		return text.length() <= 80 ? text : text.substring(0, 79) + "…";
	}
}
