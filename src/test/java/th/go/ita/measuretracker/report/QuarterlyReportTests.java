package th.go.ita.measuretracker.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.workflow.MeasureProcess;

@AppTest
class QuarterlyReportTests {

	static final String PLAN = """
			fiscalYear: 2567
			organisation: สำนักงานทดสอบรายงาน
			measures:
			  - code: M1
			    title: รายงานในไตรมาสที่ 3
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-09-30
			    reportingQuarters: [3]
			    steps:
			      - text: ขั้นที่หนึ่ง
			      - text: ขั้นที่สอง
			  - code: M2
			    title: รายงานในไตรมาสที่ 2 เท่านั้น
			    indicators: [10]
			    responsibleGroup: directorate
			    deadline: 2567-09-30
			    reportingQuarters: [2]
			    steps:
			      - text: ขั้นเดียว
			  - code: M3
			    title: เสร็จก่อนสิ้นไตรมาส
			    indicators: [10]
			    responsibleGroup: directorate
			    deadline: 2567-09-30
			    reportingQuarters: [3, 4]
			    steps:
			      - text: ขั้นเดียวที่เสร็จแล้ว
			""";

	@Autowired PlanImportService importer;
	@Autowired ReportRounds rounds;
	@Autowired th.go.ita.measuretracker.plan.MeasureQueries measures;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired RuntimeService runtime;
	@Autowired ManagementService management;
	@Autowired CleanSlate cleanSlate;
	@Autowired Actor actor;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	@BeforeEach
	void aPlanImportedInJune2024WithM3AlreadyDone() {
		cleanSlate.reset();
		for (String table : List.of("report_version", "quarterly_report", "mail_outbox")) {
			jdbc.sql("delete from " + table).update();
		}
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		clock.set(LocalDateTime.of(2024, 6, 20, 10, 0));
		importer.importYaml(PLAN, "admin");
		completeAs("somchai", taskOf("FY2567-M3"), Map.of(MeasureProcess.WHAT_DONE, "เสร็จแล้ว", MeasureProcess.DATE_DONE,
				"2024-06-20"));
	}

	@Test
	void whenQ3EndsOnlyTheOpenMeasureThatReportsInQ3GetsAReportTask() throws Exception {
		clock.set(LocalDateTime.of(2024, 7, 1, 0, 5));
		management.executeJob(management.createJobQuery().activityId("StartEvent_QuarterEnded").singleResult().getId());

		List<Task> reports = tasks.createTaskQuery().taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT).list();
		assertThat(reports).extracting(Task::getName, Task::getDueDate)
			.containsExactly(tuple("รายงานความก้าวหน้า ไตรมาสที่ 3/2567 — FY2567-M1", Timestamp.valueOf("2024-07-15 16:30:00")));
		assertThat(tasks.createTaskQuery().taskCandidateUser("somchai")
			.taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT).count()).isEqualTo(1);
		assertThat(tasks.getVariable(reports.get(0).getId(), QuarterlyReportProcess.STEP_STATUSES))
			.isEqualTo("1. ขั้นที่หนึ่ง — กำลังดำเนินการ\n2. ขั้นที่สอง — ยังไม่เริ่ม");

		assertThat(rounds.open(2567, 3)).as("opening Q3 again by hand adds nothing").isEmpty();
		assertThat(tasks.createTaskQuery().taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT).count()).isEqualTo(1);
	}

	@Test
	void submitReturnResubmitApproveKeepsBothVersions() {
		assertThat(rounds.open(2567, 3)).containsExactly("FY2567-M1");

		completeAs("somchai", reportTask(), submission(40, "จัดประชุมชี้แจงแล้วหนึ่งครั้ง"));
		completeAs("sudamanager", reviewTask(), Map.of(QuarterlyReportProcess.REVIEW_DECISION, "RETURN",
				QuarterlyReportProcess.REVIEW_COMMENT, "กรุณาแนบหลักฐานการประชุม"));
		Task again = reportTask();
		assertThat(tasks.getVariable(again.getId(), QuarterlyReportProcess.REVIEW_COMMENT)).isEqualTo("กรุณาแนบหลักฐานการประชุม");
		completeAs("somchai", again, submission(60, "จัดประชุมชี้แจงแล้ว แนบรายงานการประชุม"));
		completeAs("sudamanager", reviewTask(), Map.of(QuarterlyReportProcess.REVIEW_DECISION, "APPROVE"));

		ReportView report = rounds.reportsOf(measures.find("FY2567-M1").orElseThrow().id()).get(0);
		assertThat(report.status()).isEqualTo("APPROVED");
		assertThat(report.approvedAt()).isNotNull();
		assertThat(report.versions()).extracting(ReportView.Version::version, ReportView.Version::progressPercent,
				ReportView.Version::submittedBy, ReportView.Version::decision, ReportView.Version::reviewedBy,
				ReportView.Version::reviewComment)
			.containsExactly(tuple(1, 40, "somchai", "RETURNED", "sudamanager", "กรุณาแนบหลักฐานการประชุม"),
					tuple(2, 60, "somchai", "APPROVED", "sudamanager", null));
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(QuarterlyReportProcess.KEY).count())
			.as("an approved report is final").isZero();
	}

	@Test
	void aReportWithProgress130OrNoNarrativeIsRefusedAndStoresNothing() {
		rounds.open(2567, 3);
		Task report = reportTask();

		assertThatThrownBy(() -> completeAs("somchai", report, submission(130, "ดำเนินการแล้ว")))
			.hasMessageContaining("progressPercent: 130 ไม่ใช่ร้อยละที่เป็นจำนวนเต็ม 0–100");
		assertThatThrownBy(() -> completeAs("somchai", report, submission(50, "  ")))
			.hasMessageContaining("narrative: กรุณาบรรยายผลการดำเนินงาน");

		assertThat(jdbc.sql("select count(*) from report_version").query(Long.class).single()).isZero();
		assertThat(tasks.createTaskQuery().taskId(report.getId()).count()).isEqualTo(1);
	}

	@Test
	void returningAReportWithoutACommentIsRefused() {
		rounds.open(2567, 3);
		completeAs("somchai", reportTask(), submission(40, "ดำเนินการแล้ว"));

		assertThatThrownBy(() -> completeAs("sudamanager", reviewTask(),
				Map.of(QuarterlyReportProcess.REVIEW_DECISION, "RETURN")))
			.hasMessageContaining("reviewComment: กรุณาระบุเหตุผลที่ส่งกลับแก้ไข");
		assertThat(tasks.createTaskQuery().taskDefinitionKey(QuarterlyReportProcess.TASK_REVIEW).count()).isEqualTo(1);
	}

	@Test
	void aReportTaskIsRemindedLikeAStep() {
		rounds.open(2567, 3);

		clock.advanceTo(LocalDateTime.of(2024, 7, 8, 9, 0));

		assertThat(jdbc.sql("select kind, recipient, task_id from mail_outbox")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()).containsExactly(List.of("FIRST_BEFORE_DUE", "somchai@example.test", reportTask().getId()));
	}

	@Test
	void aQuarterThatDoesNotExistIsABadRequest() throws Exception {
		mvc.perform(post("/api/report-rounds").with(httpBasic("admin", "test-admin-secret"))
			.contentType("application/json")
			.content("{\"fiscalYear\": 2567, \"quarter\": 5}")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from quarterly_report").query(Long.class).single()).isZero();
	}

	private Map<String, Object> submission(int progress, String narrative) {
		Map<String, Object> values = new HashMap<>();
		values.put(QuarterlyReportProcess.PROGRESS_PERCENT, progress);
		values.put(QuarterlyReportProcess.NARRATIVE, narrative);
		values.put(QuarterlyReportProcess.PROBLEMS, "บุคลากรไม่เพียงพอ");
		values.put(QuarterlyReportProcess.EVIDENCE_LINKS, "https://example.go.th/ita/q3");
		return values;
	}

	private Task reportTask() {
		return tasks.createTaskQuery().taskDefinitionKey(QuarterlyReportProcess.TASK_SUBMIT).singleResult();
	}

	private Task reviewTask() {
		return tasks.createTaskQuery().taskDefinitionKey(QuarterlyReportProcess.TASK_REVIEW).taskCandidateUser("sudamanager")
			.singleResult();
	}

	private Task taskOf(String businessKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
	}

	private void completeAs(String userId, Task task, Map<String, Object> values) {
		actor.complete(userId, task.getId(), values);
	}
}
