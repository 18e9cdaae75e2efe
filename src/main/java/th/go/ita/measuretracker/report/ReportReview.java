package th.go.ita.measuretracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
			problems.add(QuarterlyReportProcess.REVIEW_DECISION + ": must be APPROVE or RETURN (กรุณาเลือกผลการพิจารณา)");
		}
		else if (!approved && (comment == null || comment.isBlank())) {
			problems.add(QuarterlyReportProcess.REVIEW_COMMENT
					+ ": required when returning a report (กรุณาระบุเหตุผลที่ส่งกลับแก้ไข)");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFormException("The review is not complete (ผลการพิจารณาไม่ครบถ้วน)", problems);
		}
		return new ReportReview(approved, comment);
	}
}
