package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.CleanSlate;

/**
 * What only an admin may see or do although Camunda would let anyone logged in: the health details (database,
 * disk and install path), and the jobs that belong to no process definition (history clean-up), for which
 * Camunda checks no authorization.
 */
@AppTest
class AdminOnlyTests {

	static final String MEMBER = BrowserSession.basic("somchai", "somchai-secret");
	static final String MANAGER = BrowserSession.basic("sudamanager", "sudamanager-secret");
	static final String ADMIN = BrowserSession.basic("admin", "test-admin-secret");

	@LocalServerPort int port;
	@Autowired CleanSlate cleanSlate;
	@Autowired HistoryService history;
	@Autowired ManagementService management;

	private final HttpClient http = HttpClient.newHttpClient();
	private String cleanupJob;

	@BeforeEach
	void usersAndAHistoryCleanupJob() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		history.cleanUpHistoryAsync(true);
		cleanupJob = history.findHistoryCleanupJobs().get(0).getId();
	}

	@Test
	void onlyAnAdminSeesTheHealthDetails() throws Exception {
		for (String caller : new String[] { null, MEMBER, MANAGER }) {
			HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")), caller);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
		}
		HttpResponse<String> admin = send(HttpRequest.newBuilder(uri("/actuator/health")), ADMIN);
		assertThat(admin.body()).contains("\"components\"").contains("\"db\"").contains("\"diskSpace\"");
	}

	@Test
	void aMemberCannotTouchTheHistoryCleanupJobThroughTheRestApi() throws Exception {
		JobState before = JobState.of(job());

		for (String caller : new String[] { MEMBER, MANAGER }) {
			for (HttpRequest.Builder change : changes("/engine-rest/job/" + cleanupJob)) {
				HttpResponse<String> refused = send(change, caller);
				assertThat(refused.statusCode()).as(refused.request() + " " + refused.body()).isEqualTo(403);
			}
			HttpResponse<String> allSuspended = send(json("/engine-rest/job/suspended", "PUT",
					"{\"suspended\": true, \"processDefinitionKey\": null}"), caller);
			assertThat(allSuspended.statusCode()).isEqualTo(403);
			HttpResponse<String> definition = send(json("/engine-rest/job-definition/suspended", "PUT",
					"{\"suspended\": true}"), caller);
			assertThat(definition.statusCode()).isEqualTo(403);
			HttpResponse<String> engineByName = send(json("/engine-rest/engine/default/job/" + cleanupJob + "/execute",
					"POST", ""), caller);
			assertThat(engineByName.statusCode()).isEqualTo(403);
		}

		assertThat(JobState.of(job())).as("the job is unchanged").isEqualTo(before);
		// reading jobs stays open to anyone logged in: Cockpit lists them
		assertThat(send(HttpRequest.newBuilder(uri("/engine-rest/job")), MEMBER).statusCode()).isEqualTo(200);
		assertThat(send(json("/engine-rest/job", "POST", "{}"), MANAGER).statusCode()).isEqualTo(200);
	}

	@Test
	void aMemberCannotTouchTheHistoryCleanupJobThroughTheWebappsApiEither() throws Exception {
		JobState before = JobState.of(job());
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn("somchai", "somchai-secret").statusCode()).isEqualTo(302);
		// Tasklist's first page gives the browser Camunda's own CSRF token, which its API calls send back
		String xsrf = browser.get("/camunda/app/tasklist/default/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();

		HttpResponse<String> suspend = browser.send(json("/camunda/api/engine/engine/default/job/" + cleanupJob
				+ "/suspended", "PUT", "{\"suspended\": true}").header("X-XSRF-TOKEN", xsrf));

		assertThat(suspend.statusCode()).isEqualTo(403);
		assertThat(JobState.of(job())).isEqualTo(before);
	}

	@Test
	void anAdminStillMay() throws Exception {
		HttpResponse<String> suspend = send(json("/engine-rest/job/" + cleanupJob + "/suspended", "PUT",
				"{\"suspended\": true}"), ADMIN);
		assertThat(suspend.statusCode()).as(suspend.body()).isEqualTo(204);
		assertThat(job().isSuspended()).isTrue();

		HttpResponse<String> activate = send(json("/engine-rest/job/" + cleanupJob + "/suspended", "PUT",
				"{\"suspended\": false}"), ADMIN);
		assertThat(activate.statusCode()).isEqualTo(204);
		assertThat(job().isSuspended()).isFalse();
	}

	/** Everything that changes a job: run it now, suspend it, set its retries, due date and priority, delete it. */
	private List<HttpRequest.Builder> changes(String job) {
		return List.of(json(job + "/execute", "POST", ""), json(job + "/suspended", "PUT", "{\"suspended\": true}"),
				json(job + "/retries", "PUT", "{\"retries\": 0}"),
				json(job + "/duedate", "PUT", "{\"duedate\": \"2099-01-01T00:00:00.000+0700\"}"),
				json(job + "/priority", "PUT", "{\"priority\": 99}"), json(job, "DELETE", ""));
	}

	record JobState(boolean suspended, int retries, Date dueDate, long priority) {

		static JobState of(Job job) {
			return new JobState(job.isSuspended(), job.getRetries(), job.getDuedate(), job.getPriority());
		}
	}

	private Job job() {
		Job job = management.createJobQuery().jobId(cleanupJob).singleResult();
		assertThat(job).as("the history clean-up job still exists").isNotNull();
		return job;
	}

	private HttpRequest.Builder json(String path, String method, String body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.method(method, body.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String authorization) throws Exception {
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
