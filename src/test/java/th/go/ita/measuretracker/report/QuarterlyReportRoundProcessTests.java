package th.go.ita.measuretracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CoversModel;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.ProcessFixture;
import th.go.ita.measuretracker.support.ProcessTest;

/** quarterly-report-round.bpmn: opened by the clock when a quarter ends, or by a manager; closed when all are approved. */
@ProcessTest
@CoversModel(QuarterlyReportRoundProcessTests.ROUND)
class QuarterlyReportRoundProcessTests {

	static final String ROUND = "QuarterlyReportRound";

	static final String PLAN = """
			fiscalYear: 2567
			organisation: สำนักงานทดสอบรอบรายงาน
			measures:
			  - code: Q34
			    title: รายงานไตรมาสที่ 3 และ 4
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-09-30
			    reportingQuarters: [3, 4]
			    steps:
			      - text: ขั้นตอนเดียว
			  - code: Q3
			    title: รายงานไตรมาสที่ 3
			    indicators: [10]
			    responsibleGroup: directorate
			    deadline: 2567-09-30
			    reportingQuarters: [3]
			    steps:
			      - text: ขั้นตอนเดียว
			""";

	@Autowired ProcessFixture fixture;
	@Autowired PlanImportService importer;
	@Autowired ReportRounds rounds;
	@Autowired EngineClock clock;
	@Autowired RuntimeService runtime;
	@Autowired TaskService tasks;
	@Autowired ManagementService management;
	@Autowired Actor actor;

	@BeforeEach
	void twoMeasuresReportingInQ3OneOfThemAlsoInQ4() {
		fixture.freshStart();
		clock.set(LocalDateTime.of(2024, 6, 20, 10, 0));
		importer.importYaml(PLAN, "admin");
	}

	/** The round's timer was scheduled from the engine clock; leave it due after the real today again. */
	@AfterEach
	void theQuarterTimerFollowsTheRealClockAgain() {
		ClockUtil.reset();
		management.recalculateJobDuedate(quarterTimer().getId(), false);
	}

	@Test
	void theClockOpensQ3At0005OnFirstJulyAndTheRoundClosesWhenBothReportsAreApproved() {
		// as if deployed on 20 June 2024: the timer counts from the engine clock
		management.recalculateJobDuedate(quarterTimer().getId(), false);
		assertThat(quarterTimer().getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2024, 7, 1, 0, 5)));

		clock.advanceTo(LocalDateTime.of(2024, 7, 1, 0, 4));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ROUND).count()).isZero();
		clock.advanceTo(LocalDateTime.of(2024, 7, 1, 0, 5));

		ProcessInstance round = runtime.createProcessInstanceQuery().processDefinitionKey(ROUND).singleResult();
		assertThat(round).hasPassed("StartEvent_QuarterEnded", "Task_DetermineEndedQuarter", "Gateway_QuarterChosen")
			.isWaitingAt("Activity_ReportPerMeasure")
			.variables().containsEntry("fiscalYear", 2567).containsEntry("quarter", 3);
		assertThat(quarterTimer().getDuedate()).as("the next quarter")
			.isEqualTo(EngineClock.at(LocalDateTime.of(2024, 10, 1, 0, 5)));
		assertThat(tasks.createTaskQuery().taskCandidateUser("somchai").taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT)
			.list()).extracting(Task::getName)
			.containsExactlyInAnyOrder("รายงานความก้าวหน้า ไตรมาสที่ 3/2567 — FY2567-Q34",
					"รายงานความก้าวหน้า ไตรมาสที่ 3/2567 — FY2567-Q3");

		submitAndApproveEveryReport();
		assertThat(round).hasPassed("Activity_ReportPerMeasure", "EndEvent_RoundClosed").isEnded();
	}

	@Test
	void aManagerOpensQ4ByHandAfterItEndedAndOnlyTheMeasureReportingInQ4GetsAReport() {
		clock.set(LocalDateTime.of(2024, 10, 2, 9, 0));

		assertThat(rounds.open(2567, 4)).containsExactly("FY2567-Q34");

		ProcessInstance round = fixture.instance(ROUND, "FY2567-Q4");
		assertThat(round).hasPassed("StartEvent_OpenedByManager", "Gateway_QuarterChosen")
			.hasNotPassed("Task_DetermineEndedQuarter")
			.isWaitingAt("Activity_ReportPerMeasure");
		assertThat(fixture.called(round, QuarterlyReportProcess.KEY)).hasSize(1);

		submitAndApproveEveryReport();
		assertThat(round).hasPassed("EndEvent_RoundClosed").isEnded();
	}

	private void submitAndApproveEveryReport() {
		for (Task report : tasks.createTaskQuery().taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT).list()) {
			actor.complete("somchai", report.getId(),
					Map.of(QuarterlyReportProcess.PROGRESS_PERCENT, 50, QuarterlyReportProcess.NARRATIVE, "ครึ่งทาง"));
		}
		for (Task review : tasks.createTaskQuery().taskDefinitionKey(QuarterlyReportProcess.TASK_REVIEW).list()) {
			actor.complete("sudamanager", review.getId(),
					Map.of(QuarterlyReportProcess.REVIEW_DECISION, QuarterlyReportProcess.APPROVE));
		}
	}

	private Job quarterTimer() {
		return management.createJobQuery().activityId("StartEvent_QuarterEnded").singleResult();
	}
}
