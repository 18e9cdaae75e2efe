package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.workflow.InvalidFormException;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/** What a plan import must do on any database; run on H2 and on PostgreSQL by the subclasses. */
abstract class PlanScenarios {

	static final String SEED_TITLE_M1 = "มาตรการเพิ่มประสิทธิภาพการดำเนินงานและการสื่อสารกับบุคลากรภายนอกองค์กร (ผู้รับบริการ) — 1.1 การเพิ่มประสิทธิภาพการดำเนินงาน";

	@Autowired PlanImportService importer;
	@Autowired MeasureQueries measures;
	@Autowired TaskService tasks;
	@Autowired RuntimeService runtime;
	@Autowired HistoryService history;
	@Autowired IdentityService identity;
	@Autowired JdbcClient jdbc;
	@Autowired CleanSlate cleanSlate;
	@Autowired Actor actor;

	@BeforeEach
	void startFromNothing() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("wichai", "finance", "กลุ่มบริหารงานการเงินและสินทรัพย์");
	}

	static String seedPlan() throws IOException {
		return new ClassPathResource("plans/ita-2567-ranong.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void seedPlanBecomesTwoMeasuresOfFourStepsEachWithAProcessPerMeasure() throws IOException {
		ImportResult result = importer.importYaml(seedPlan(), "admin");

		assertThat(result.started()).containsExactly("FY2567-M1", "FY2567-M2");
		assertThat(measures.list(2567)).extracting(MeasureView::businessKey, MeasureView::stepsTotal,
				MeasureView::responsibleGroup, MeasureView::deadline, MeasureView::reportingQuarters)
			.containsExactly(tuple("FY2567-M1", 4, "directorate", LocalDate.of(2024, 5, 31), List.of(3)),
					tuple("FY2567-M2", 4, "directorate", LocalDate.of(2024, 9, 30), List.of(3)));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).count()).isEqualTo(2);
		assertThat(runtime.createProcessInstanceQuery()
			.processDefinitionKey(MeasureProcess.KEY)
			.processInstanceBusinessKey("FY2567-M1")
			.count()).isEqualTo(1);
	}

	@Test
	void thaiTextRoundTripsUnchanged() throws IOException {
		importer.importYaml(seedPlan(), "admin");

		MeasureView m1 = measures.find("FY2567-M1").orElseThrow();
		assertThat(m1.title()).isEqualTo(SEED_TITLE_M1);
		assertThat(m1.deadlineThai()).isEqualTo("31 พ.ค. 2567");
		assertThat(m1.steps().get(0).text())
			.isEqualTo("เปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการดำเนินการตามภารกิจของหน่วยงาน");
		Task first = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult();
		assertThat(first.getName()).isEqualTo(m1.steps().get(0).text());
	}

	@Test
	void aGroupMemberSeesAndCompletesTheStepTaskWithTheFormsValuesStored() throws IOException {
		importer.importYaml(seedPlan(), "admin");

		List<Task> mine = tasks.createTaskQuery().taskCandidateUser("somchai").processInstanceBusinessKey("FY2567-M1").list();
		assertThat(mine).hasSize(1);
		Task step1 = mine.get(0);
		assertThat(step1.getTaskDefinitionKey()).isEqualTo(MeasureProcess.TASK_COMPLETE_STEP);
		assertThat(step1.getDueDate()).isEqualTo(java.sql.Timestamp.valueOf("2024-05-31 16:30:00"));
		assertThat(tasks.getIdentityLinksForTask(step1.getId())).anyMatch(l -> "directorate".equals(l.getGroupId()));

		completeAs("somchai", step1, "เปิดช่องทางรับฟังความคิดเห็นบนเว็บไซต์", "2024-03-15");

		MeasureView m1 = measures.find("FY2567-M1").orElseThrow();
		MeasureView.StepView done = m1.steps().get(0);
		assertThat(done.status()).isEqualTo("COMPLETED");
		assertThat(done.completedBy()).isEqualTo("somchai");
		assertThat(done.whatDone()).isEqualTo("เปิดช่องทางรับฟังความคิดเห็นบนเว็บไซต์");
		assertThat(done.dateDone()).isEqualTo(LocalDate.of(2024, 3, 15));
		assertThat(m1.steps().get(1).status()).isEqualTo("ACTIVE");
		assertThat(m1.stepsDone()).isEqualTo(1);
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(step1.getProcessInstanceId())
			.variableName(MeasureProcess.WHAT_DONE)
			.singleResult()
			.getValue()).isEqualTo("เปิดช่องทางรับฟังความคิดเห็นบนเว็บไซต์");
	}

	@Test
	void completingTheLastStepCompletesTheMeasure() throws IOException {
		importer.importYaml(seedPlan(), "admin");

		for (int i = 0; i < 4; i++) {
			Task next = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M2").singleResult();
			completeAs("somchai", next, "ดำเนินการแล้ว ขั้นที่ " + (i + 1), "2024-06-0" + (i + 1));
		}

		MeasureView m2 = measures.find("FY2567-M2").orElseThrow();
		assertThat(m2.status()).isEqualTo("COMPLETED");
		assertThat(m2.completedAt()).isNotNull();
		assertThat(m2.stepsDone()).isEqualTo(4);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("FY2567-M2").count())
			.as("measure and step instances ended").isZero();
		assertThat(measures.find("FY2567-M1").orElseThrow().status()).isEqualTo("OPEN");
	}

	@Test
	void aMemberOfAnotherGroupDoesNotSeeTheTask() throws IOException {
		importer.importYaml(seedPlan(), "admin");

		assertThat(tasks.createTaskQuery().taskCandidateUser("wichai").count()).isZero();
		assertThat(tasks.createTaskQuery().taskCandidateUser("somchai").count()).isEqualTo(2);
	}

	@Test
	void reimportingTheSamePlanCreatesNothingNew() throws IOException {
		importer.importYaml(seedPlan(), "admin");
		ImportResult again = importer.importYaml(seedPlan(), "admin");

		assertThat(again.started()).isEmpty();
		assertThat(again.alreadyImported()).containsExactly("FY2567-M1", "FY2567-M2");
		assertThat(count("measure")).isEqualTo(2);
		assertThat(count("step")).isEqualTo(8);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeasureProcess.KEY).count()).isEqualTo(2);
	}

	@Test
	void aBadPlanGetsEveryErrorWithItsLineAndLeavesNothingBehind() throws IOException {
		String bad = new ClassPathResource("plans-bad/four-mistakes.yaml").getContentAsString(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> importer.importYaml(bad, "admin")).isInstanceOfSatisfying(PlanRejectedException.class,
				ex -> assertThat(ex.errors()).extracting(FileError::line, FileError::field)
					.containsExactly(tuple(7, "measures[1].deadline"), tuple(14, "measures[1].steps[2].text"),
							tuple(17, "measures[2].responsibleGroup"), tuple(18, "measures[2].deadline")));

		assertThat(count("plan")).isZero();
		assertThat(count("measure")).isZero();
		assertThat(count("step")).isZero();
		assertThat(runtime.createProcessInstanceQuery().count()).isZero();
		assertThat(identity.createGroupQuery().groupId("planning").count()).as("declared group not created").isZero();
	}

	@Test
	void aStepReportWithoutWhatWasDoneIsRefusedAndTheTaskStaysOpen() throws IOException {
		importer.importYaml(seedPlan(), "admin");
		Task step1 = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult();

		assertThatThrownBy(() -> completeAs("somchai", step1, " ", "2999-01-01"))
			.hasRootCauseInstanceOf(InvalidFormException.class)
			.hasMessageContaining("whatDone: กรุณาระบุสิ่งที่ดำเนินการ")
			.hasMessageContaining("dateDone: วันที่ดำเนินการ 1 ม.ค. 3542 ต้องไม่เกินวันนี้");

		assertThat(tasks.createTaskQuery().taskId(step1.getId()).count()).isEqualTo(1);
		assertThat(measures.find("FY2567-M1").orElseThrow().steps().get(0).status()).isEqualTo("ACTIVE");
	}

	@Test
	void parallelStepsAreAllOpenAtOnce() {
		String plan = """
				fiscalYear: 2568
				organisation: สำนักงานทดสอบ
				measures:
				  - code: P1
				    title: มาตรการทดสอบ
				    indicators: 7
				    responsibleGroup: directorate
				    deadline: 2568-03-31
				    reportingQuarters: [2]
				    stepOrder: parallel
				    steps:
				      - text: ขั้นที่หนึ่ง
				      - text: ขั้นที่สอง
				        group: กลุ่มบริหารงานการเงินและสินทรัพย์
				        due: 2568-01-15
				""";
		importer.importYaml(plan, "admin");

		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey("FY2568-P1").orderByTaskName().asc().list();
		assertThat(open).extracting(Task::getName).containsExactly("ขั้นที่สอง", "ขั้นที่หนึ่ง");
		assertThat(tasks.createTaskQuery().taskCandidateUser("wichai").singleResult().getName()).isEqualTo("ขั้นที่สอง");
	}

	@Test
	void textsAsLongAsTheirColumnsAreStoredWholeAndTheTaskNameIsTheStepTextCutTo255() {
		String organisation = "ส".repeat(300);
		String title = "ม".repeat(1000);
		String stepText = "ขั้นตอนที่ยาวมาก ".repeat(20) + "จบ"; // 342 characters: more than a Camunda task name holds
		String plan = """
				fiscalYear: 2568
				organisation: %s
				measures:
				  - code: LONG1
				    title: %s
				    indicators: 7
				    responsibleGroup: directorate
				    deadline: 2568-03-31
				    reportingQuarters: [2]
				    steps:
				      - text: %s
				""".formatted(organisation, title, stepText);

		importer.importYaml(plan, "admin");

		MeasureView measure = measures.find("FY2568-LONG1").orElseThrow();
		assertThat(measure.organisation()).isEqualTo(organisation);
		assertThat(measure.title()).isEqualTo(title);
		assertThat(measure.steps().get(0).text()).isEqualTo(stepText.strip());
		Task task = tasks.createTaskQuery().processInstanceBusinessKey("FY2568-LONG1").singleResult();
		assertThat(task.getName()).hasSize(255).endsWith("…").isEqualTo(stepText.substring(0, 254) + "…");
	}

	@Test
	void threeIdenticalImportsAtOnceStoreThePlanOnceAndNoneFailsWithAServerError() throws Exception {
		String yaml = seedPlan();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<ImportResult>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return importer.importYaml(yaml, "admin");
				}));
			}
			start.countDown();
			List<ImportResult> imported = new ArrayList<>();
			for (Future<ImportResult> answer : answers) {
				try {
					imported.add(answer.get(60, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					// refused as a client error (409 on /api/plans), never an SQL error (500)
					assertThat(ex.getCause()).isInstanceOf(BadUserRequestException.class)
						.hasMessageContaining("ในเวลาเดียวกัน");
				}
			}
			assertThat(imported).filteredOn(result -> !result.started().isEmpty())
				.singleElement()
				.satisfies(result -> assertThat(result.started()).containsExactly("FY2567-M1", "FY2567-M2"));
			assertThat(imported).filteredOn(result -> result.started().isEmpty())
				.allSatisfy(result -> assertThat(result.alreadyImported()).containsExactly("FY2567-M1", "FY2567-M2"));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("plan")).isEqualTo(1);
		assertThat(count("measure")).isEqualTo(2);
		assertThat(count("step")).isEqualTo(8);
		assertThat(count("measure_status")).isEqualTo(2);
		for (String businessKey : List.of("FY2567-M1", "FY2567-M2")) {
			assertThat(runtime.createProcessInstanceQuery()
				.processDefinitionKey(MeasureProcess.KEY)
				.processInstanceBusinessKey(businessKey)
				.count()).as(businessKey).isEqualTo(1);
		}
	}

	private void completeAs(String userId, Task task, String whatDone, String dateDone) {
		actor.complete(userId, task.getId(), Map.of(MeasureProcess.WHAT_DONE, whatDone, MeasureProcess.DATE_DONE,
				dateDone, MeasureProcess.EVIDENCE_LINKS, "https://example.go.th/ita/evidence", MeasureProcess.NOTE, ""));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
