package th.go.ita.measuretracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CoversModel;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.ProcessFixture;
import th.go.ita.measuretracker.support.ProcessTest;

/** measure.bpmn: a measure's steps one after another or all at once, each in its own step process. */
@ProcessTest
@CoversModel(MeasureProcess.KEY)
class MeasureProcessTests {

	static final String PLAN = """
			fiscalYear: 2567
			organisation: สำนักงานทดสอบลำดับขั้นตอน
			measures:
			  - code: S1
			    title: ทีละขั้นตอน
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-05-31
			    reportingQuarters: [3]
			    stepOrder: sequential
			    steps:
			      - text: ร่างประกาศ
			      - text: เผยแพร่ประกาศ
			  - code: T1
			    title: ทุกขั้นตอนพร้อมกัน
			    indicators: [10]
			    responsibleGroup: directorate
			    deadline: 2567-05-31
			    reportingQuarters: [3]
			    stepOrder: parallel
			    steps:
			      - text: จัดอบรมเจ้าหน้าที่
			        due: 2567-04-30
			      - text: ตรวจสอบการเบิกจ่าย
			        group: finance
			""";

	@Autowired ProcessFixture fixture;
	@Autowired PlanImportService importer;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired MeasureQueries measures;
	@Autowired Actor actor;

	@BeforeEach
	void aPlanWithASequentialAndAParallelMeasure() {
		fixture.freshStart();
		importer.importYaml(PLAN, "admin");
	}

	@Test
	void stepsInOrderOpenOneAfterTheOtherAndTheLastOneCompletesTheMeasure() {
		ProcessInstance measure = fixture.instance(MeasureProcess.KEY, "FY2567-S1");
		assertThat(measure).hasPassed("StartEvent_MeasurePlanned", "Gateway_StepOrder").isWaitingAt("Activity_StepsInOrder");
		assertThat(openStepsOf("FY2567-S1")).extracting(Task::getName).containsExactly("ร่างประกาศ");

		completeAs("somchai", openStepsOf("FY2567-S1").get(0));
		assertThat(openStepsOf("FY2567-S1")).extracting(Task::getName).as("the second opens when the first is done")
			.containsExactly("เผยแพร่ประกาศ");
		assertThat(fixture.called(measure, MeasureProcess.STEP_PROCESS_KEY)).hasSize(1);

		completeAs("malee", openStepsOf("FY2567-S1").get(0));
		assertThat(measure).hasPassed("Activity_StepsInOrder", "Gateway_AllStepsDone", "EndEvent_MeasureCompleted")
			.hasNotPassed("Activity_StepsTogether")
			.isEnded();
		MeasureView view = measures.find("FY2567-S1").orElseThrow();
		assertThat(view.status()).isEqualTo("COMPLETED");
		assertThat(view.steps()).extracting(MeasureView.StepView::completedBy).containsExactly("somchai", "malee");
	}

	@Test
	void parallelStepsOpenTogetherEachInItsGroupsListWithItsOwnReminders() {
		ProcessInstance measure = fixture.instance(MeasureProcess.KEY, "FY2567-T1");
		assertThat(measure).isWaitingAt("Activity_StepsTogether");
		assertThat(fixture.called(measure, MeasureProcess.STEP_PROCESS_KEY)).hasSize(2);
		Task training = onlyTaskOf("somchai", "FY2567-T1");
		Task audit = onlyTaskOf("wichai", "FY2567-T1");
		assertThat(training.getName()).isEqualTo("จัดอบรมเจ้าหน้าที่");
		assertThat(audit.getName()).isEqualTo("ตรวจสอบการเบิกจ่าย");

		clock.advanceTo(LocalDateTime.of(2024, 4, 23, 8, 30));
		assertThat(fixture.queuedMails()).as("a week before the training step's own due date, not the audit's")
			.containsExactlyInAnyOrder("FIRST_BEFORE_DUE somchai@example.test 1", "FIRST_BEFORE_DUE malee@example.test 1");

		completeAs("wichai", audit);
		assertThat(measure).isWaitingAt("Activity_StepsTogether");
		completeAs("somchai", training);
		assertThat(measure).hasPassed("Activity_StepsTogether", "Gateway_AllStepsDone", "EndEvent_MeasureCompleted")
			.hasNotPassed("Activity_StepsInOrder")
			.isEnded();
		assertThat(measures.find("FY2567-T1").orElseThrow().status()).isEqualTo("COMPLETED");
	}

	private List<Task> openStepsOf(String businessKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(MeasureProcess.TASK_COMPLETE_STEP).list();
	}

	private Task onlyTaskOf(String user, String businessKey) {
		return tasks.createTaskQuery().taskCandidateUser(user).processInstanceBusinessKey(businessKey).singleResult();
	}

	private void completeAs(String user, Task step) {
		actor.complete(user, step.getId(), Map.of(MeasureProcess.WHAT_DONE, "ดำเนินการแล้ว", MeasureProcess.DATE_DONE,
				"2024-04-01"));
	}
}
