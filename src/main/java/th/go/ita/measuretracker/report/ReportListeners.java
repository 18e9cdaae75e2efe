package th.go.ita.measuretracker.report;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.workflow.MeasureProcess;
import th.go.ita.measuretracker.workflow.TaskCompletion;

/**
 * Writes the report's life into our tables inside the engine's transaction: opened, each submission (checked
 * first: a bad one rolls the completion back), each review.
 */
@Configuration
class ReportListeners {

	@Bean("reportOpenedListener")
	ExecutionListener reportOpened(ReportRepository reports, ReportRound round, ApplicationEventPublisher events) {
		return execution -> {
			int year = intVariable(execution, QuarterlyReportProcess.FISCAL_YEAR);
			int quarter = intVariable(execution, QuarterlyReportProcess.QUARTER);
			reports.open(((Number) execution.getVariable(MeasureProcess.MEASURE_ID)).longValue(), year, quarter,
					execution.getProcessInstanceId(), round.dueDay(year, quarter), now());
			events.publishEvent(reports.snapshot(reports.reportId(execution.getProcessInstanceId())));
		};
	}

	/** Names each report task after its quarter and measure, from our tables (the BPMN label is the generic one). */
	@Bean("reportTaskNamer")
	TaskListener reportTaskNamer(ReportRound round) {
		return task -> {
			long measureId = ((Number) task.getVariable(MeasureProcess.MEASURE_ID)).longValue();
			int year = intVariable(task.getExecution(), QuarterlyReportProcess.FISCAL_YEAR);
			int quarter = intVariable(task.getExecution(), QuarterlyReportProcess.QUARTER);
			task.setName(QuarterlyReportProcess.TASK_REVIEW.equals(task.getTaskDefinitionKey())
					? round.reviewTaskName(measureId, year, quarter) : round.submitTaskName(measureId, year, quarter));
		};
	}

	@Bean("reportSubmittedListener")
	TaskListener reportSubmitted(ReportRepository reports, ApplicationEventPublisher events) {
		return task -> {
			ReportSubmission submission = ReportSubmission.from(task.getVariables());
			long reportId = reports.reportId(task.getProcessInstanceId());
			reports.addVersion(reportId, TaskCompletion.completedBy(task), now(), submission);
			events.publishEvent(reports.snapshot(reportId));
			// a resubmitted report is judged afresh: the last decision and comment must not carry over
			task.getExecution().setVariable(QuarterlyReportProcess.REVIEW_DECISION, null);
			task.getExecution().setVariable(QuarterlyReportProcess.REVIEW_COMMENT, null);
		};
	}

	@Bean("reportReviewedListener")
	TaskListener reportReviewed(ReportRepository reports, ApplicationEventPublisher events) {
		return (DelegateTask task) -> {
			ReportReview review = ReportReview.from(task.getVariables());
			long reportId = reports.reportId(task.getProcessInstanceId());
			reports.review(reportId, TaskCompletion.completedBy(task), now(), review);
			events.publishEvent(reports.snapshot(reportId));
		};
	}

	private static int intVariable(DelegateExecution execution, String name) {
		return ((Number) execution.getVariable(name)).intValue();
	}

	private static Instant now() {
		return OfficeTime.now();
	}
}
