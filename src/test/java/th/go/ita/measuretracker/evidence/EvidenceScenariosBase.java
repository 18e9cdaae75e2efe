package th.go.ita.measuretracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * What evidence tests start from: the seed plan, whose FY2567-M1 belongs to กลุ่มอำนวยการ (somchai); wichai is of
 * another group, sudamanager a manager; its first step's task is open. And the calls they make, as the users would.
 */
abstract class EvidenceScenariosBase {

	static final String STEP_1 = "/api/measures/FY2567-M1/steps/1/evidence";
	static final String REPORT_Q3 = "/api/measures/FY2567-M1/reports/2567/3/evidence";
	static final String MEMO = "บันทึกข้อความ ครั้งที่ 1.pdf";

	@Autowired MockMvc mvc;
	@Autowired SeedScenario seed;
	@Autowired JdbcClient jdbc;
	@Autowired TaskService tasks;
	@Autowired Actor actor;
	@Autowired ReportRounds rounds;
	@Autowired EvidenceQueries evidence;

	@BeforeEach
	void seedPlanWithTwoGroupsAndAManager() {
		seed.seedPlanWithTwoGroupsAndAManager();
	}

	// --- helpers

	ResultActions attach(String user, String path, String name, byte[] content) throws Exception {
		return mvc.perform(multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(as(user)));
	}

	ResultActions attach(String user, String path, String name, byte[] content, long supersedes) throws Exception {
		return mvc.perform(multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("supersedes", String.valueOf(supersedes))
			.with(as(user)));
	}

	ResultActions publish(String user, long id) throws Exception {
		return mvc.perform(put("/api/evidence/" + id + "/publication").contentType("application/json")
			.content("{\"published\": true}")
			.with(as(user)));
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
		return httpBasic(user, user.equals("admin") ? "test-admin-secret" : user + "-secret");
	}

	static long id(ResultActions created) throws Exception {
		return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	void completeStep1() {
		String task = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1")
			.taskDefinitionKey("Task_CompleteStep").singleResult().getId();
		actor.complete("somchai", task, Map.of("whatDone", "เผยแพร่ช่องทางแล้ว", "dateDone", "2024-05-01"));
	}

	void submitReport() {
		actor.complete("somchai", reportTask("Task_SubmitQuarterlyReport"),
				Map.of("progressPercent", 40, "narrative", "จัดประชุมชี้แจงแล้ว"));
	}

	void returnReport() {
		actor.complete("sudamanager", reportTask("Task_ReviewQuarterlyReport"),
				Map.of("reviewDecision", "RETURN", "reviewComment", "ขอภาพกิจกรรมเพิ่ม"));
	}

	void approveReport() {
		actor.complete("sudamanager", reportTask("Task_ReviewQuarterlyReport"), Map.of("reviewDecision", "APPROVE"));
	}

	String reportTask(String definitionKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").taskDefinitionKey(definitionKey)
			.singleResult().getId();
	}

	long measureId() {
		return jdbc.sql("select id from measure where business_key = 'FY2567-M1'").query(Long.class).single();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	void assertNothingStored() {
		assertThat(count("evidence_file")).as("evidence files").isZero();
		assertThat(count("evidence_chunk")).as("stored chunks").isZero();
		assertThat(jdbc.sql("select sum(bytes) from evidence_quota").query(Long.class).single()).as("bytes counted").isZero();
	}

	static byte[] bytes(String content) {
		return content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
	}
}
