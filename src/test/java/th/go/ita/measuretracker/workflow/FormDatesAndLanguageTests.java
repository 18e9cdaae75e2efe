package th.go.ita.measuretracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * The step form as Tasklist sends it: the date done typed in the Buddhist Era (31/05/2567) is stored ISO, a wrong one
 * is refused in Thai and nothing is stored; and the form comes in the language of the browser that asks for it.
 */
@AppTest
class FormDatesAndLanguageTests {

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired TaskService tasks;
	@Autowired HistoryService history;

	private Task step;

	@BeforeEach
	void seedPlan() {
		seed.seedPlanWithTwoGroupsAndAManager();
		step = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult();
	}

	@ParameterizedTest
	@CsvSource({ "20/05/2567, 2024-05-20", "29/2/2567, 2024-02-29", "2024-05-20, 2024-05-20" })
	void aBuddhistEraDateIsStoredAsTheIsoDateAndAnIsoDateAsItIs(String typed, String stored) throws Exception {
		HttpResponse<String> response = submitStepForm(typed);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(storedDateDone()).isEqualTo(stored);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"20/05/2024 | ปี 2024 เป็นปี ค.ศ. กรุณาพิมพ์ปี พ.ศ. เช่น 20/05/2567",
			"31/04/2567 | ไม่มีวันที่ 31/04/2567 ในปฏิทิน",
			"20.05.2567 | ไม่ใช่วันที่ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 31/05/2567" })
	void aWronglyTypedDateIsRefusedInThaiAndNothingIsStored(String typed, String message) throws Exception {
		HttpResponse<String> response = submitStepForm(typed);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("dateDone: ").contains(message);
		assertThat(tasks.createTaskQuery().taskId(step.getId()).count()).as("the task stays open").isEqualTo(1);
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(step.getProcessInstanceId())
			.variableName("dateDone").count()).isZero();
	}

	@Test
	void tasklistGetsTheFormInTheBrowsersLanguageThaiWhenItNamesNone() throws Exception {
		BrowserSession somchai = inTasklist("somchai");
		String form = "/camunda/api/engine/engine/default/task/" + step.getId() + "/deployed-form";

		HttpResponse<String> english = somchai.send(HttpRequest.newBuilder(uri(form)).header("Accept-Language", "en-US,en;q=0.9"));
		assertThat(english.body()).contains("\"What was done\"", "\"Date done\"").doesNotContain("สิ่งที่ดำเนินการ");
		assertThat(english.headers().allValues("Vary")).contains("Accept-Language");
		HttpResponse<String> german = somchai.send(HttpRequest.newBuilder(uri(form)).header("Accept-Language", "de-DE,de"));
		assertThat(german.body()).as("English, Tasklist's fallback").contains("\"What was done\"");
		HttpResponse<String> thai = somchai.send(HttpRequest.newBuilder(uri(form)).header("Accept-Language", "th-TH,th;q=0.9,en;q=0.8"));
		assertThat(thai.body()).contains("\"สิ่งที่ดำเนินการ\"").doesNotContain("What was done");
		assertThat(somchai.get(form).body()).contains("\"สิ่งที่ดำเนินการ\"");
	}

	@Test
	void aFormOneMayNotSeeStays404InEveryLanguage() throws Exception {
		BrowserSession wichai = inTasklist("wichai");

		HttpResponse<String> response = wichai.send(HttpRequest
			.newBuilder(uri("/camunda/api/engine/engine/default/task/" + step.getId() + "/deployed-form"))
			.header("Accept-Language", "en"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("What was done");
	}

	private HttpResponse<String> submitStepForm(String dateDone) throws Exception {
		// as Tasklist submits a Camunda Form: values without a type
		String json = """
				{"variables": {"whatDone": {"value": "ประชุมชี้แจงแล้ว"}, "dateDone": {"value": "%s"}}}""".formatted(dateDone);
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/engine-rest/task/" + step.getId() + "/submit-form"))
			.header("Authorization", BrowserSession.basic("somchai", "somchai-secret"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Object storedDateDone() {
		return history.createHistoricVariableInstanceQuery()
			.processInstanceId(step.getProcessInstanceId())
			.variableName("dateDone")
			.singleResult()
			.getValue();
	}

	private BrowserSession inTasklist(String user) throws Exception {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn(user, user + "-secret").statusCode()).isEqualTo(302);
		// as a browser does: the app page comes first and names the engine the login applies to
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		return browser;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
