package th.go.ita.measuretracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.EngineClock;

/**
 * A measure runs up to a year, so instances started on an earlier version of the models must reach their end after
 * an upgrade. They stay on the version they started on (Camunda's default); only what they call next ("latest")
 * runs on today's models. Here: a step and a quarterly report started on the models from before the reminders moved
 * into group-task-reminders.bpmn (src/test/resources/bpmn-previous), then today's models deployed over them.
 */
@AppTest
class PreviousModelVersionsTests {

	static final String PLAN = """
			fiscalYear: 2567
			organisation: สำนักงานทดสอบการปรับรุ่นแบบจำลอง
			measures:
			  - code: V1
			    title: มาตรการที่เริ่มก่อนปรับรุ่น
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-05-31
			    reportingQuarters: [3]
			    stepOrder: sequential
			    steps:
			      - text: ขั้นที่เริ่มบนรุ่นเดิม
			      - text: ขั้นที่เริ่มบนรุ่นใหม่
			""";

	@Autowired RepositoryService repository;
	@Autowired RuntimeService runtime;
	@Autowired TaskService tasks;
	@Autowired PlanImportService importer;
	@Autowired EngineClock clock;
	@Autowired CleanSlate cleanSlate;
	@Autowired Actor actor;
	@Autowired JdbcClient jdbc;
	@Autowired org.camunda.bpm.engine.ManagementService management;

	@BeforeEach
	void instancesStartedOnThePreviousModels() {
		cleanSlate.reset();
		jdbc.sql("delete from mail_outbox").update();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		clock.set(LocalDateTime.of(2024, 4, 1, 9, 0));
		deploy("previous", "bpmn-previous/step.bpmn", "bpmn-previous/quarterly-report.bpmn");
		importer.importYaml(PLAN, "admin");
		startReportAsThePreviousRoundDid();
		deployTodaysModels();
	}

	@AfterEach
	void todaysModelsAreTheLatest() {
		deployTodaysModels();
	}

	@Test
	void aStepStartedOnThePreviousModelRemindsAndCompletesAndTheNextStepRunsOnTodaysModel() {
		Task first = openTask("Task_CompleteStep");
		assertThat(versionOf(first)).as("started on the previous model").isLessThan(latest("StepProcess").getVersion());

		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 9, 0));
		assertThat(jdbc.sql("select count(*) from mail_outbox where task_id = ?").param(first.getId()).query(Long.class).single())
			.as("its own reminder timers still queue mails").isPositive();
		actor.complete("somchai", first.getId(), Map.of("whatDone", "ดำเนินการแล้ว", "dateDone", "2024-05-24"));

		Task second = openTask("Task_CompleteStep");
		assertThat(second.getName()).isEqualTo("ขั้นที่เริ่มบนรุ่นใหม่");
		assertThat(second.getProcessDefinitionId()).isEqualTo(latest("StepProcess").getId());
		assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(second.getProcessInstanceId())
			.processDefinitionKey("GroupTaskReminders").count()).as("today's reminders run beside it").isOne();
		assertThat(jdbc.sql("select status from step where task_id = ?").param(first.getId()).query(String.class).single())
			.isEqualTo("COMPLETED");
	}

	@Test
	void anAmendedDeadlineMovesTheTimersOfAStepStartedOnThePreviousModel() {
		Task first = openTask("Task_CompleteStep");

		importer.importYaml(PLAN.replace("deadline: 2567-05-31", "deadline: 2567-06-30"), "admin",
				new PlanImportService.Amendment("ขยายเวลา", null));

		assertThat(tasks.createTaskQuery().taskId(first.getId()).singleResult().getDueDate())
			.isEqualTo(EngineClock.at(LocalDateTime.of(2024, 6, 30, 16, 30)));
		assertThat(management.createJobQuery().processInstanceId(first.getProcessInstanceId()).timers().list())
			.extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
			.as("its own timers, recalculated from the new date")
			.contains(EngineClock.at(LocalDateTime.of(2024, 6, 23, 8, 30)), EngineClock.at(LocalDateTime.of(2024, 6, 30, 8, 30)))
			.doesNotContain(EngineClock.at(LocalDateTime.of(2024, 5, 24, 8, 30)));
	}

	@Test
	void aReportStartedOnThePreviousModelIsSubmittedAndApproved() {
		Task submit = openTask("Task_SubmitQuarterlyReport");
		assertThat(versionOf(submit)).isLessThan(latest("QuarterlyReportProcess").getVersion());

		actor.complete("somchai", submit.getId(), Map.of("progressPercent", 50, "narrative", "ดำเนินการครึ่งหนึ่ง"));
		Task review = openTask("Task_ReviewQuarterlyReport");
		actor.complete("sudamanager", review.getId(), Map.of("reviewDecision", "APPROVE"));

		assertThat(runtime.createProcessInstanceQuery().processInstanceId(submit.getProcessInstanceId()).count()).isZero();
		assertThat(jdbc.sql("select status from quarterly_report").query(String.class).single()).isEqualTo("APPROVED");
	}

	/** The previous round model handed every report its names and groups as variables; they are in the instance. */
	private void startReportAsThePreviousRoundDid() {
		long measureId = jdbc.sql("select id from measure where business_key = 'FY2567-V1'").query(Long.class).single();
		runtime.startProcessInstanceById(latest("QuarterlyReportProcess").getId(), "FY2567-V1", Map.of(
				"measureId", measureId, "fiscalYear", 2567, "quarter", 3, "measureTitle", "มาตรการที่เริ่มก่อนปรับรุ่น",
				"responsibleGroup", "directorate", "reviewerGroup", "managers",
				"reportDue", java.sql.Timestamp.valueOf(LocalDateTime.of(2024, 7, 15, 16, 30)),
				"reportTaskName", "รายงานความก้าวหน้า ไตรมาสที่ 3/2567 — FY2567-V1",
				"reviewTaskName", "ตรวจรายงานความก้าวหน้า ไตรมาสที่ 3/2567 — FY2567-V1", "stepStatuses", ""));
	}

	private Task openTask(String definitionKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey("FY2567-V1").taskDefinitionKey(definitionKey)
			.singleResult();
	}

	private int versionOf(Task task) {
		return repository.getProcessDefinition(task.getProcessDefinitionId()).getVersion();
	}

	private ProcessDefinition latest(String key) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
	}

	private void deployTodaysModels() {
		deploy("today", "bpmn/step.bpmn", "bpmn/quarterly-report.bpmn", "bpmn/quarterly-report-round.bpmn",
				"bpmn/group-task-reminders.bpmn");
	}

	private void deploy(String name, String... resources) {
		var deployment = repository.createDeployment().name(name);
		for (String resource : resources) {
			deployment.addClasspathResource(resource);
		}
		deployment.deploy();
	}
}
