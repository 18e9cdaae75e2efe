package th.go.ita.measuretracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CoversModel;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.ProcessFixture;
import th.go.ita.measuretracker.support.ProcessPlans;
import th.go.ita.measuretracker.support.ProcessTest;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/**
 * group-task-reminders.bpmn beside a step due Friday 31 May 2024 16:30, with the configured policy: 7 days and 1 day
 * before, on the day, every 7 days from the day after, and the managers 14 days after; always at 08:30.
 */
@ProcessTest
@CoversModel("GroupTaskReminders")
class GroupTaskRemindersProcessTests {

	static final List<String> GROUP = List.of("somchai@example.test", "malee@example.test");
	static final List<String> MANAGERS = List.of("sudamanager@example.test");

	@Autowired ProcessFixture fixture;
	@Autowired PlanImportService importer;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired HistoryService history;
	@Autowired ManagementService management;
	@Autowired Actor actor;

	ProcessInstance step;
	ProcessInstance reminders;

	@BeforeEach
	void aStepDueOn31May2024() {
		fixture.freshStart();
		importer.importYaml(ProcessPlans.ONE_STEP, "admin");
		ProcessInstance measure = fixture.instance(MeasureProcess.KEY, ProcessPlans.ONE_STEP_KEY);
		step = fixture.called(measure, MeasureProcess.STEP_PROCESS_KEY).get(0);
		reminders = fixture.called(step, "GroupTaskReminders").get(0);
	}

	@Test
	void eachReminderFiresOnItsDayAt0830NotAMinuteBeforeAndTheOverdueOneRepeats() {
		assertThat(reminders).hasPassed("StartEvent_TaskOpened").isWaitingAt("Task_AwaitTaskDone");
		assertThat(management.createJobQuery().processInstanceId(reminders.getId()).timers().count()).isEqualTo(5);

		expectAt(LocalDateTime.of(2024, 5, 24, 8, 30), "FIRST_BEFORE_DUE", GROUP, "1");
		expectAt(LocalDateTime.of(2024, 5, 30, 8, 30), "SECOND_BEFORE_DUE", GROUP, "1");
		expectAt(LocalDateTime.of(2024, 5, 31, 8, 30), "ON_DUE", GROUP, "1");
		expectAt(LocalDateTime.of(2024, 6, 1, 8, 30), "OVERDUE", GROUP, "0");
		expectAt(LocalDateTime.of(2024, 6, 8, 8, 30), "OVERDUE", GROUP, "1");
		expectAt(LocalDateTime.of(2024, 6, 14, 8, 30), "ESCALATION", MANAGERS, "1");
		expectAt(LocalDateTime.of(2024, 6, 15, 8, 30), "OVERDUE", GROUP, "2");

		assertThat(reminders)
			.hasPassed("Task_QueueReminderBeforeDueFirst", "EndEvent_RemindBeforeDueFirstQueued",
					"Task_QueueReminderBeforeDueSecond", "EndEvent_RemindBeforeDueSecondQueued", "Task_QueueReminderOnDue",
					"EndEvent_RemindOnDueQueued", "Task_QueueReminderOverdue", "EndEvent_RemindOverdueQueued",
					"Task_EscalateOverdue", "EndEvent_EscalateOverdueQueued")
			.isWaitingAt("Task_AwaitTaskDone");
		assertThat(management.createJobQuery().processInstanceId(reminders.getId()).timers().list())
			.as("only the overdue timer is left, for the next week").singleElement()
			.satisfies(job -> assertThat(job.getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2024, 6, 22, 8, 30))));
	}

	@Test
	void theRemindersNeverEndByThemselvesOnlyWhenTheGroupHandsTheTaskIn() {
		clock.advanceTo(LocalDateTime.of(2024, 9, 30, 8, 30));
		assertThat(reminders).as("four months late").isWaitingAt("Task_AwaitTaskDone");
		assertThat(management.createJobQuery().processInstanceId(reminders.getId()).activityId("Timer_RemindOverdue").count())
			.isOne();

		actor.complete("somchai", tasks.createTaskQuery().processInstanceId(step.getId()).singleResult().getId(),
				Map.of(MeasureProcess.WHAT_DONE, "ดำเนินการแล้ว", MeasureProcess.DATE_DONE, "2024-09-30"));

		assertThat(reminders).isEnded();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(reminders.getId())
			.activityId("Task_AwaitTaskDone").singleResult().isCanceled()).as("terminated by the step").isTrue();
		assertThat(management.createJobQuery().processInstanceId(reminders.getId()).count()).isZero();
	}

	/** Nothing at a minute before {@code at}; at {@code at}, exactly this kind for these recipients. */
	private void expectAt(LocalDateTime at, String kind, List<String> recipients, String round) {
		List<String> before = fixture.queuedMails();
		clock.advanceTo(at.minusMinutes(1));
		assertThat(fixture.queuedMails()).as("a minute before %s at %s", kind, at).isEqualTo(before);

		clock.advanceTo(at);

		List<String> after = fixture.queuedMails();
		assertThat(after.subList(before.size(), after.size())).as("%s at %s", kind, at)
			.containsExactlyInAnyOrderElementsOf(recipients.stream().map(r -> kind + " " + r + " " + round).toList());
	}
}
