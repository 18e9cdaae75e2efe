package th.go.ita.measuretracker.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.Wording;

/** What a group reports when it completes a step (forms/complete-step.form), checked on the server too. */
public record StepReport(String whatDone, LocalDate dateDone, String evidenceLinks, String note) {

	/**
	 * Reads the form's variables. The form checks them in the browser, but REST callers can bypass the form.
	 * @throws InvalidFormException naming every field that is wrong
	 */
	static StepReport from(Map<String, Object> variables, LocalDate today) {
		List<String> problems = new ArrayList<>();
		String whatDone = FormText.read(variables, MeasureProcess.WHAT_DONE, problems);
		if (whatDone == null || whatDone.isBlank()) {
			problems.add(Wording.of("step.whatDone.required", MeasureProcess.WHAT_DONE));
		}
		LocalDate dateDone = date(variables.get(MeasureProcess.DATE_DONE), problems);
		if (dateDone != null && dateDone.isAfter(today)) {
			problems.add(Wording.of("step.dateDone.future", MeasureProcess.DATE_DONE, dateDone));
		}
		String evidence = FormText.read(variables, MeasureProcess.EVIDENCE_LINKS, problems);
		String note = FormText.read(variables, MeasureProcess.NOTE, problems);
		if (!problems.isEmpty()) {
			throw new InvalidFormException(Wording.of("step.incomplete"), problems);
		}
		return new StepReport(whatDone, dateDone, evidence, note);
	}

	private static LocalDate date(Object value, List<String> problems) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(Wording.of("step.dateDone.required", MeasureProcess.DATE_DONE));
			return null;
		}
		if (value instanceof Date d) {
			return OfficeTime.dayOf(d.toInstant());
		}
		try {
			// form-js date fields submit ISO dates (2024-05-20), optionally with a time part
			String s = value.toString();
			return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
		}
		catch (DateTimeParseException ex) {
			problems.add(Wording.of("step.dateDone.notDate", MeasureProcess.DATE_DONE, String.valueOf(value)));
			return null;
		}
	}
}
