package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.SeedScenario;

/** Forms sent straight to Camunda's REST API, bypassing the form's own checks: a clear 400, nothing stored. */
@AppTest
class BadFormSubmissionTests {

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired TaskService tasks;
	@Autowired JdbcClient jdbc;

	private String step;

	@BeforeEach
	void seedPlan() {
		seed.seedPlanWithTwoGroupsAndAManager();
		step = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult().getId();
	}

	@Test
	void aStepReportWithoutWhatWasDoneOrWithADateInTheFutureIs400AndTheTaskStaysOpen() throws Exception {
		HttpResponse<String> response = complete(step, """
				{"variables": {"whatDone": {"value": "", "type": "String"},
				               "dateDone": {"value": "2999-01-01", "type": "String"}}}""");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("รายงานขั้นตอนไม่ครบถ้วน: whatDone: กรุณาระบุสิ่งที่ดำเนินการ; "
				+ "dateDone: วันที่ดำเนินการ 1 ม.ค. 3542 ต้องไม่เกินวันนี้");
		HttpResponse<String> inEnglish = complete(step + "/complete?lang=en", """
				{"variables": {"whatDone": {"value": "", "type": "String"},
				               "dateDone": {"value": "2999-01-01", "type": "String"}}}""");
		assertThat(inEnglish.body()).contains("The step report is incomplete: whatDone: required; "
				+ "dateDone: 1 Jan 2999 is in the future");
		assertThat(tasks.createTaskQuery().taskId(step).count()).isEqualTo(1);
		assertThat(jdbc.sql("select status from step where task_id = ?").param(step).query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	@Test
	void aDateThatIsNotADateIs400() throws Exception {
		HttpResponse<String> response = complete(step, """
				{"variables": {"whatDone": {"value": "ทำแล้ว", "type": "String"},
				               "dateDone": {"value": "เมื่อวาน", "type": "String"}}}""");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("ไม่ใช่วันที่");
	}

	@Test
	void aQuarterlyReportWithProgressOutOfRangeOrNoNarrativeIs400AndNothingIsStored() throws Exception {
		HttpResponse<String> round = send("/api/report-rounds", "sudamanager", "{\"fiscalYear\": 2567, \"quarter\": 3}");
		assertThat(round.statusCode()).as(round.body()).isEqualTo(201);
		String report = tasks.createTaskQuery().taskDefinitionKey("Task_SubmitQuarterlyReport")
			.processInstanceBusinessKey("FY2567-M1")
			.singleResult()
			.getId();

		for (String progress : new String[] { "{\"value\": 130, \"type\": \"Integer\"}",
				"{\"value\": -5, \"type\": \"Integer\"}", "{\"value\": \"ครึ่งหนึ่ง\", \"type\": \"String\"}" }) {
			HttpResponse<String> response = complete(report, """
					{"variables": {"progressPercent": %s, "narrative": {"value": "ดำเนินการแล้ว", "type": "String"}}}"""
				.formatted(progress));
			assertThat(response.statusCode()).as(progress + " " + response.body()).isEqualTo(400);
			assertThat(response.body()).contains("progressPercent");
		}
		HttpResponse<String> noNarrative = complete(report,
				"{\"variables\": {\"progressPercent\": {\"value\": 50, \"type\": \"Integer\"}}}");
		assertThat(noNarrative.statusCode()).isEqualTo(400);
		assertThat(noNarrative.body()).contains("narrative: กรุณาบรรยายผลการดำเนินงาน");

		assertThat(tasks.createTaskQuery().taskId(report).count()).as("the report task stays open").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from report_version").query(Long.class).single()).isZero();
	}

	@Test
	void anUnknownTaskIs404() throws Exception {
		assertThat(complete("no-such-task", "{}").statusCode()).isEqualTo(404);
	}

	/** @param taskId the task's id, and optionally a path and query string after it */
	private HttpResponse<String> complete(String taskId, String json) throws Exception {
		return send("/engine-rest/task/" + (taskId.contains("/") ? taskId : taskId + "/complete"), "somchai", json);
	}

	private HttpResponse<String> send(String path, String user, String json) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", BrowserSession.basic(user, user + "-secret"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
