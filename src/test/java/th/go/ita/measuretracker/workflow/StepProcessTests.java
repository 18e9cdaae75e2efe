package th.go.ita.measuretracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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

/** step.bpmn: the group's task beside its reminders; handing the task in ends both (terminate end event). */
@ProcessTest
@CoversModel(MeasureProcess.STEP_PROCESS_KEY)
class StepProcessTests {

	@Autowired ProcessFixture fixture;
	@Autowired PlanImportService importer;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired HistoryService history;
	@Autowired ManagementService management;
	@Autowired MeasureQueries measures;
	@Autowired Actor actor;

	ProcessInstance step;

	@BeforeEach
	void aOneStepPlanImportedOnFirstApril2024() {
		fixture.freshStart();
		importer.importYaml(ProcessPlans.ONE_STEP, "admin");
		ProcessInstance measure = fixture.instance(MeasureProcess.KEY, ProcessPlans.ONE_STEP_KEY);
		step = fixture.called(measure, MeasureProcess.STEP_PROCESS_KEY).get(0);
	}

	@Test
	void theStepWaitsInItsGroupsListBesideItsReminders() {
		assertThat(step).hasPassed("StartEvent_StepReady", "Gateway_StepAndReminders")
			.isWaitingAt(MeasureProcess.TASK_COMPLETE_STEP, "Activity_RemindGroup");
		assertThat(step).calledProcessInstance("GroupTaskReminders").isWaitingAt("Task_AwaitTaskDone");

		Task task = tasks.createTaskQuery().processInstanceId(step.getId()).singleResult();
		assertThat(task.getName()).isEqualTo("เผยแพร่ช่องทางร้องเรียนบนเว็บไซต์");
		assertThat(task.getDueDate()).isEqualTo(Timestamp.valueOf("2024-05-31 16:30:00"));
		assertThat(tasks.createTaskQuery().taskCandidateUser("somchai").list()).extracting(Task::getId)
			.containsExactly(task.getId());
		assertThat(tasks.createTaskQuery().taskCandidateUser("wichai").count()).as("another group's list").isZero();
	}

	@Test
	void handingTheStepInEarlyEndsItAndCancelsItsPendingReminders() {
		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 8, 30));
		assertThat(fixture.queuedMails()).containsExactlyInAnyOrder("FIRST_BEFORE_DUE somchai@example.test 1",
				"FIRST_BEFORE_DUE malee@example.test 1");
		ProcessInstance reminders = fixture.called(step, "GroupTaskReminders").get(0);
		Task task = tasks.createTaskQuery().processInstanceId(step.getId()).singleResult();

		actor.complete("somchai", task.getId(),
				Map.of(MeasureProcess.WHAT_DONE, "เผยแพร่บนเว็บไซต์แล้ว", MeasureProcess.DATE_DONE, "2024-05-24"));

		assertThat(step).hasPassed(MeasureProcess.TASK_COMPLETE_STEP, "EndEvent_StepDone").isEnded();
		assertThat(reminders).hasPassed("Task_QueueReminderBeforeDueFirst")
			.hasNotPassed("Task_QueueReminderBeforeDueSecond", "Task_QueueReminderOnDue", "Task_QueueReminderOverdue",
					"Task_EscalateOverdue")
			.isEnded();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(reminders.getId())
			.activityId("Task_AwaitTaskDone").singleResult().isCanceled()).as("ended by the step, not by itself").isTrue();
		assertThat(management.createJobQuery().processInstanceId(reminders.getId()).count()).as("reminder timers left")
			.isZero();
		clock.advanceTo(LocalDateTime.of(2024, 7, 1, 8, 30));
		assertThat(fixture.queuedMails()).as("nothing after the hand-in").hasSize(2);
		assertThat(measures.find(ProcessPlans.ONE_STEP_KEY).orElseThrow().steps()).singleElement()
			.satisfies(s -> {
				assertThat(s.status()).isEqualTo("COMPLETED");
				assertThat(s.completedBy()).isEqualTo("somchai");
			});
	}
}
