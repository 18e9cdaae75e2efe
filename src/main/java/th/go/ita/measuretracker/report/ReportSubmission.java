package th.go.ita.measuretracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.workflow.FormText;
import th.go.ita.measuretracker.workflow.InvalidFormException;

/** A quarterly report as submitted through forms/submit-quarterly-report.form, checked again on the server. */
record ReportSubmission(int progressPercent, String stepStatuses, String narrative, String problems, String nextSteps,
		String evidenceLinks) {

	/** @throws InvalidFormException naming every field that is wrong; the task stays open and nothing is stored */
	static ReportSubmission from(Map<String, Object> variables) {
		List<String> problems = new ArrayList<>();
		Integer progress = progress(variables.get(QuarterlyReportProcess.PROGRESS_PERCENT), problems);
		String narrative = FormText.read(variables, QuarterlyReportProcess.NARRATIVE, problems);
		if (narrative == null || narrative.isBlank()) {
			problems.add(Wording.of("report.narrative.required", QuarterlyReportProcess.NARRATIVE));
		}
		ReportSubmission submission = new ReportSubmission(progress == null ? 0 : progress,
				FormText.read(variables, QuarterlyReportProcess.STEP_STATUSES, problems), narrative,
				FormText.read(variables, QuarterlyReportProcess.PROBLEMS, problems),
				FormText.read(variables, QuarterlyReportProcess.NEXT_STEPS, problems),
				FormText.read(variables, QuarterlyReportProcess.EVIDENCE_LINKS, problems));
		if (!problems.isEmpty()) {
			throw new InvalidFormException(Wording.of("report.incomplete"), problems);
		}
		return submission;
	}

	private static Integer progress(Object value, List<String> problems) {
		String field = QuarterlyReportProcess.PROGRESS_PERCENT;
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(Wording.of("report.progress.required", field));
			return null;
		}
		double number;
		try {
			number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
		}
		catch (NumberFormatException ex) {
			problems.add(Wording.of("report.progress.notNumber", field, String.valueOf(value)));
			return null;
		}
		if (number < 0 || number > 100 || number != Math.rint(number)) {
			problems.add(Wording.of("report.progress.range", field, String.valueOf(value)));
			return null;
		}
		return (int) number;
	}
}
