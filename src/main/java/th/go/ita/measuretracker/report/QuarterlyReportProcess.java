package th.go.ita.measuretracker.report;

/** Names shared by bpmn/quarterly-report*.bpmn, forms/*-quarterly-report.form and the code. */
final class QuarterlyReportProcess {

	static final String MESSAGE_ROUND_REQUESTED = "ReportRoundRequested";
	static final String KEY = "QuarterlyReportProcess";
	static final String TASK_SUBMIT = "Task_SubmitQuarterlyReport";
	static final String TASK_REVIEW = "Task_ReviewQuarterlyReport";

	static final String FISCAL_YEAR = "fiscalYear";
	static final String QUARTER = "quarter";

	/** Fields of forms/submit-quarterly-report.form. */
	static final String PROGRESS_PERCENT = "progressPercent";
	static final String STEP_STATUSES = "stepStatuses";
	static final String NARRATIVE = "narrative";
	static final String PROBLEMS = "problems";
	static final String NEXT_STEPS = "nextSteps";
	static final String EVIDENCE_LINKS = "evidenceLinks";

	/** Fields of forms/review-quarterly-report.form. */
	static final String REVIEW_DECISION = "reviewDecision";
	static final String REVIEW_COMMENT = "reviewComment";
	static final String APPROVE = "APPROVE";
	static final String RETURN = "RETURN";

	private QuarterlyReportProcess() {
	}
}
