package th.go.ita.measuretracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.workflow.FormText;
import th.go.ita.measuretracker.workflow.InvalidFormException;

/** A manager's decision on a report (forms/review-quarterly-report.form): approve, or return with a comment. */
record ReportReview(boolean approved, String comment) {

	static ReportReview from(Map<String, Object> variables) {
		List<String> problems = new ArrayList<>();
		Object decision = variables.get(QuarterlyReportProcess.REVIEW_DECISION);
		String comment = FormText.read(variables, QuarterlyReportProcess.REVIEW_COMMENT, problems);
		boolean approved = QuarterlyReportProcess.APPROVE.equals(decision);
		if (!approved && !QuarterlyReportProcess.RETURN.equals(decision)) {
			problems.add(Wording.of("review.decision.required", QuarterlyReportProcess.REVIEW_DECISION));
		}
		else if (!approved && (comment == null || comment.isBlank())) {
			problems.add(Wording.of("review.comment.required", QuarterlyReportProcess.REVIEW_COMMENT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFormException(Wording.of("review.incomplete"), problems);
		}
		return new ReportReview(approved, comment);
	}
}
