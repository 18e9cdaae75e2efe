package th.go.ita.measuretracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CoversModel;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.ProcessFixture;
import th.go.ita.measuretracker.support.ProcessPlans;
import th.go.ita.measuretracker.support.ProcessTest;

/** quarterly-report.bpmn: submit with reminders, review, and the return loop back to the group. */
@ProcessTest
@CoversModel(QuarterlyReportProcess.KEY)
class QuarterlyReportProcessTests {

	static final String REMINDERS = "GroupTaskReminders";

	@Autowired ProcessFixture fixture;
	@Autowired PlanImportService importer;
	@Autowired ReportRounds rounds;
	@Autowired MeasureQueries measures;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired Actor actor;

	ProcessInstance report;

	@BeforeEach
	void theQ3ReportOfAOneStepMeasureOpenedOnFirstJuly2024() {
		fixture.freshStart();
		importer.importYaml(ProcessPlans.ONE_STEP, "admin");
		clock.set(LocalDateTime.of(2024, 7, 1, 9, 0));
		rounds.open(2567, 3);
		report = fixture.instance(QuarterlyReportProcess.KEY, ProcessPlans.ONE_STEP_KEY);
	}

	@Test
	void aReturnedReportGoesBackToTheGroupWithTheCommentAndIsApprovedWhenSubmittedAgain() {
		assertThat(report).hasPassed("StartEvent_ReportDue", "Gateway_ToSubmit", "StartEvent_SubmissionOpen",
				"Gateway_SubmitAndRemind").isWaitingAt(QuarterlyReportProcess.TASK_SUBMIT, "Activity_RemindGroup");
		ProcessInstance firstReminders = fixture.called(report, REMINDERS).get(0);

		actor.complete("somchai", groupsTask().getId(), submission(40));
		assertThat(report).hasPassed("EndEvent_Submitted", "SubProcess_SubmitReport")
			.isWaitingAt(QuarterlyReportProcess.TASK_REVIEW);
		assertThat(firstReminders).as("the submission ended its reminders").isEnded();
		assertThat(status()).isEqualTo("SUBMITTED");

		actor.complete("sudamanager", managersTask().getId(), Map.of(QuarterlyReportProcess.REVIEW_DECISION,
				QuarterlyReportProcess.RETURN, QuarterlyReportProcess.REVIEW_COMMENT, "กรุณาแนบหลักฐาน"));
		assertThat(report).hasPassed("Gateway_ReportApproved").hasNotPassed("EndEvent_ReportApproved")
			.isWaitingAt(QuarterlyReportProcess.TASK_SUBMIT);
		Task again = groupsTask();
		assertThat(tasks.getVariable(again.getId(), QuarterlyReportProcess.REVIEW_COMMENT)).isEqualTo("กรุณาแนบหลักฐาน");
		assertThat(fixture.called(report, REMINDERS)).as("reminded again while it is back with the group").singleElement()
			.satisfies(reminders -> assertThat(reminders.getId()).isNotEqualTo(firstReminders.getId()));
		assertThat(status()).isEqualTo("RETURNED");

		actor.complete("malee", again.getId(), submission(70));
		actor.complete("sudamanager", managersTask().getId(),
				Map.of(QuarterlyReportProcess.REVIEW_DECISION, QuarterlyReportProcess.APPROVE));

		assertThat(report).hasPassed("EndEvent_ReportApproved").isEnded();
		assertThat(fixture.called(report, REMINDERS)).isEmpty();
		assertThat(status()).isEqualTo("APPROVED");
	}

	/** The report as the group sees it in its list: only there, not in another group's. */
	private Task groupsTask() {
		Task task = tasks.createTaskQuery().taskCandidateUser("somchai").taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT)
			.singleResult();
		assertThat(tasks.createTaskQuery().taskCandidateUser("wichai").count()).isZero();
		return task;
	}

	private Task managersTask() {
		return tasks.createTaskQuery().taskCandidateUser("sudamanager").taskDefinitionKey(QuarterlyReportProcess.TASK_REVIEW)
			.singleResult();
	}

	private String status() {
		return rounds.reportsOf(measures.find(ProcessPlans.ONE_STEP_KEY).orElseThrow().id()).get(0).status();
	}

	private static Map<String, Object> submission(int progress) {
		return Map.of(QuarterlyReportProcess.PROGRESS_PERCENT, progress, QuarterlyReportProcess.NARRATIVE,
				"ดำเนินการแล้วร้อยละ " + progress);
	}
}
