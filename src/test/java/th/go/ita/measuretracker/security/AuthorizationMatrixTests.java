package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.SeedScenario;
import th.go.ita.measuretracker.support.TinyDeployment;

/**
 * Every endpoint of ours and the key Camunda REST calls, for every kind of caller: the exact status, and for each
 * refused call, proof that nothing changed. Group A (กลุ่มอำนวยการ) owns the seed plan's measures; B does not.
 */
@AppTest
class AuthorizationMatrixTests {

	enum Caller {
		ANONYMOUS(null, null), MEMBER_A("somchai", "somchai-secret"), MEMBER_B("wichai", "wichai-secret"),
		MANAGER("sudamanager", "sudamanager-secret"), ADMIN("admin", "test-admin-secret");

		final String user;
		final String password;

		Caller(String user, String password) {
			this.user = user;
			this.password = password;
		}
	}

	static final int ANON = 0, A = 1, B = 2, MGR = 3, ADM = 4;

	static Stream<Arguments> matrix() {
		List<Arguments> rows = new ArrayList<>();
		add(rows, "list measures", 401, 200, 200, 200, 200);
		add(rows, "one measure of group A", 401, 200, 403, 200, 200);
		add(rows, "reports of a measure of group A", 401, 200, 403, 200, 200);
		add(rows, "import a plan", 401, 403, 403, 403, 201);
		// a plan's changes: admins make them, managers follow them
		add(rows, "preview an amendment", 401, 403, 403, 403, 200);
		add(rows, "amend a plan", 401, 403, 403, 403, 200);
		add(rows, "list a year's plan versions", 401, 403, 403, 200, 200);
		add(rows, "open a reporting round", 401, 403, 403, 201, 201);
		add(rows, "read the outbox", 401, 403, 403, 200, 200);
		add(rows, "Camunda: list tasks", 401, 200, 200, 200, 200);
		// another group's task does not exist for B; the manager and the admin see it but are not of the group
		add(rows, "Camunda: complete group A's step task", 401, 204, 404, 403, 403);
		add(rows, "Camunda: claim group A's step task", 401, 204, 404, 403, 403);
		// Camunda itself answers 403 here, which tells B the task exists
		add(rows, "Camunda: read group A's task variables", 401, 200, 404, 200, 200);
		add(rows, "Tasklist's API: group A's task form variables", 401, 200, 404, 200, 200);
		// members may not even read the process definition, so for them it does not exist
		add(rows, "Camunda: start a process", 401, 404, 404, 403, 200);
		add(rows, "Camunda: deploy", 401, 403, 403, 403, 200);
		// evidence (issue 20): another group does not see that a measure's files exist; only the step's group attaches
		// and removes them; publishing is the managers' (a step's file never is: 409)
		add(rows, "attach evidence to group A's step", 401, 201, 404, 403, 403);
		add(rows, "download group A's evidence", 401, 200, 404, 200, 200);
		add(rows, "remove group A's evidence", 401, 204, 404, 403, 403);
		add(rows, "publish group A's step evidence", 401, 403, 403, 409, 403);
		return rows.stream();
	}

	private static void add(List<Arguments> rows, String call, int... statusByCaller) {
		for (Caller caller : Caller.values()) {
			rows.add(Arguments.of(call, caller, statusByCaller[caller.ordinal()]));
		}
	}

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired TaskService tasks;
	@Autowired RuntimeService runtime;
	@Autowired RepositoryService repository;
	@Autowired JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();
	private String stepTaskOfGroupA;
	private long evidenceOfGroupA;

	@BeforeEach
	void seedPlanWithTwoGroupsAndAManager() throws Exception {
		seed.seedPlanWithTwoGroupsAndAManager();
		stepTaskOfGroupA = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult().getId();
		HttpResponse<String> attached = send(Caller.MEMBER_A, attachEvidence());
		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
		evidenceOfGroupA = jdbc.sql("select id from evidence_file").query(Long.class).single();
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void eachCallerGetsExactlyWhatTheirRoleAllows(String call, Caller caller, int expected) throws Exception {
		State before = State.read(this);

		HttpResponse<String> response = send(call, caller);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		State after = State.read(this);
		if (expected >= 400) {
			assertThat(after).as("a refused call changes nothing").isEqualTo(before);
		}
		else {
			assertVisibleTo(call, caller, response.body());
		}
	}

	// --- Forging the record through the API Tasklist uses (issue 16): each attempt is refused or ignored, and
	// changes nothing in our tables or the engine.

	/** The seed plan with M1's deadline a month later. */
	static final String AMENDED_SEED_PLAN = SeedScenario.seedPlan().replace("deadline: 2567-05-31", "deadline: 2567-06-30");

	static final String REPORT_FORM = """
			"progressPercent": {"value": 40, "type": "Long"},
			"narrative": {"value": "จัดประชุมชี้แจงแล้ว", "type": "String"}""";

	@ParameterizedTest(name = "a member completing their report may not set {0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "reviewerGroup", "measureTitle", "reviewTaskName",
			"responsibleGroup", "reportTaskName" })
	void aMemberCannotChooseWhoReviewsTheirReport(String forged) throws Exception {
		String submit = openReportTask("Task_SubmitQuarterlyReport");
		State before = State.read(this);

		HttpResponse<String> response = complete(Caller.MEMBER_A, submit,
				REPORT_FORM + ", \"" + forged + "\": {\"value\": \"directorate\", \"type\": \"String\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains(forged + ": ไม่ใช่ช่องของแบบฟอร์มนี้ ช่องของแบบฟอร์มคือ [progressPercent, ")
			.doesNotContain("not a field");
		assertThat(State.read(this)).isEqualTo(before);
		assertThat(tasks.createTaskQuery().taskId(submit).count()).as("the report task stays open").isOne();
	}

	@org.junit.jupiter.api.Test
	void aSubmittedReportIsReviewedByTheManagersOnlyAndTheFormsReadOnlyFieldsAreNotStored() throws Exception {
		String submit = openReportTask("Task_SubmitQuarterlyReport");
		assertThat(complete(Caller.MEMBER_A, submit, REPORT_FORM).statusCode()).isEqualTo(204);
		String review = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1")
			.taskDefinitionKey("Task_ReviewQuarterlyReport").singleResult().getId();
		assertThat(tasks.getIdentityLinksForTask(review)).extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
			.containsExactly("managers");

		assertThat(complete(Caller.MEMBER_A, review, "\"reviewDecision\": {\"value\": \"APPROVE\"}").statusCode())
			.as("the submitter's group cannot even see the review").isEqualTo(404);
		assertThat(complete(Caller.MANAGER, review, "\"reviewDecision\": {\"value\": \"MAYBE\"}").statusCode())
			.as("a decision the form does not offer").isEqualTo(400);
		HttpResponse<String> approved = send(Caller.MANAGER, post("/engine-rest/task/" + review + "/submit-form",
				"application/json", json("""
						{"variables": {"reviewDecision": {"value": "APPROVE"},
						               "narrative": {"value": "เขียนทับโดยผู้ตรวจ"}}}""")));

		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
		assertThat(jdbc.sql("select narrative from report_version").query(String.class).list())
			.as("a read-only field sent back by the form is not stored").containsExactly("จัดประชุมชี้แจงแล้ว");
		assertThat(jdbc.sql("select q.status from quarterly_report q join measure m on m.id = q.measure_id"
				+ " where m.business_key = 'FY2567-M1'").query(String.class).single()).isEqualTo("APPROVED");
	}

	@org.junit.jupiter.api.Test
	void aMemberCannotMarkAnotherGroupsStepDone() throws Exception {
		importer.importYaml("""
				fiscalYear: 2568
				organisation: สำนักงานทดสอบสิทธิ์
				measures:
				  - code: F1
				    title: มาตรการของกลุ่มการเงิน
				    indicators: [1]
				    responsibleGroup: finance
				    deadline: 2568-09-30
				    reportingQuarters: [4]
				    steps:
				      - text: ขั้นของกลุ่มการเงิน
				""", "admin");
		long financeStep = jdbc.sql("select s.id from step s join measure m on m.id = s.measure_id"
				+ " where m.business_key = 'FY2568-F1'").query(Long.class).single();
		State before = State.read(this);

		HttpResponse<String> response = complete(Caller.MEMBER_A, stepTaskOfGroupA, STEP_FORM
				+ ", \"stepId\": {\"value\": " + financeStep + ", \"type\": \"Long\"}");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("stepId");
		assertThat(State.read(this)).isEqualTo(before);
		assertThat(jdbc.sql("select status from step where id = ?").param(financeStep).query(String.class).single())
			.isEqualTo("ACTIVE");
	}

	@org.junit.jupiter.api.Test
	void aStepCompletedNormallyIsTheStepOfItsTask() throws Exception {
		assertThat(complete(Caller.MEMBER_A, stepTaskOfGroupA, STEP_FORM).statusCode()).isEqualTo(204);

		assertThat(jdbc.sql("select s.status, s.completed_by from step s join measure m on m.id = s.measure_id"
				+ " where m.business_key = 'FY2567-M1' order by s.position")
			.query((row, i) -> row.getString(1) + " " + row.getString(2)).list())
			.startsWith("COMPLETED somchai", "ACTIVE null");
	}

	@org.junit.jupiter.api.Test
	void aMemberCannotClaimAGroupStepForSomebodyElseNorCanAManagerCompleteIt() throws Exception {
		State before = State.read(this);

		HttpResponse<String> claimed = send(Caller.MEMBER_A, post("/engine-rest/task/" + stepTaskOfGroupA + "/claim",
				"application/json", json("{\"userId\": \"sudamanager\"}")));

		assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(403);
		assertThat(State.read(this)).isEqualTo(before);
		// even if an admin assigns it to the manager (Camunda then grants them TASK_WORK), the step is the group's
		tasks.setAssignee(stepTaskOfGroupA, "sudamanager");
		assertThat(complete(Caller.MANAGER, stepTaskOfGroupA, STEP_FORM).statusCode()).isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(stepTaskOfGroupA).count()).isOne();
	}

	@org.junit.jupiter.api.Test
	void aMemberCannotTakeAColleaguesClaimAway() throws Exception {
		cleanSlate.user("malee", "directorate", "กลุ่มอำนวยการ");
		assertThat(send(Caller.MEMBER_A, post("/engine-rest/task/" + stepTaskOfGroupA + "/claim", "application/json",
				json("{\"userId\": \"somchai\"}"))).statusCode()).isEqualTo(204);

		HttpResponse<String> takenAway = http.send(post("/engine-rest/task/" + stepTaskOfGroupA + "/claim",
				"application/json", json("{\"userId\": null}"))
			.header("Authorization", BrowserSession.basic("malee", "malee-secret")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(takenAway.statusCode()).as(takenAway.body()).isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(stepTaskOfGroupA).singleResult().getAssignee()).isEqualTo("somchai");
	}

	@Autowired th.go.ita.measuretracker.support.CleanSlate cleanSlate;

	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "bpmnError", "bpmnEscalation", "resolve" })
	void aMemberCannotEndTheirStepWithoutTheForm(String action) throws Exception {
		State before = State.read(this);

		HttpResponse<String> response = send(Caller.MEMBER_A, post("/engine-rest/task/" + stepTaskOfGroupA + "/" + action,
				"application/json", json("{\"errorCode\": \"done\", \"escalationCode\": \"done\"}")));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(State.read(this)).isEqualTo(before);
	}

	@org.junit.jupiter.api.Test
	void aFormFieldTakesOnlyPlainValues() throws Exception {
		State before = State.read(this);

		HttpResponse<String> response = complete(Caller.MEMBER_A, stepTaskOfGroupA, """
				"whatDone": {"type": "Object", "value": "{}", "valueInfo": {"objectTypeName": "java.util.HashMap",
				             "serializationDataFormat": "application/json"}},
				"dateDone": {"value": "2024-05-01", "type": "String"}""");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("whatDone");
		assertThat(State.read(this)).isEqualTo(before);
	}

	static final String STEP_FORM = """
			"whatDone": {"value": "เผยแพร่ช่องทางแล้ว", "type": "String"},
			"dateDone": {"value": "2024-05-01", "type": "String"}""";

	@Autowired th.go.ita.measuretracker.plan.PlanImportService importer;

	/** Opens the seed plan's third-quarter reports as a manager would, and returns a task of FY2567-M1's report. */
	private String openReportTask(String taskDefinitionKey) throws Exception {
		HttpResponse<String> opened = send(Caller.MANAGER, post("/api/report-rounds", "application/json",
				json("{\"fiscalYear\": 2567, \"quarter\": 3}")));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").taskDefinitionKey(taskDefinitionKey)
			.singleResult().getId();
	}

	private HttpResponse<String> complete(Caller caller, String taskId, String variables) throws Exception {
		return send(caller, post("/engine-rest/task/" + taskId + "/complete", "application/json",
				json("{\"variables\": {" + variables + "}}")));
	}

	private static BodyPublisher json(String body) {
		return BodyPublishers.ofString(body, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(Caller caller, HttpRequest.Builder request) throws Exception {
		request.header("Authorization", BrowserSession.basic(caller.user, caller.password));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** What a call could change: plans, reports, the step task, processes, deployments, evidence files. */
	record State(long plans, long planVersions, long reports, long reportVersions, boolean stepOpen, String assignee,
			String stepStatus, long measureProcesses, long deployments, long evidenceFiles, long evidenceChunks,
			long publishedEvidence) {

		static State read(AuthorizationMatrixTests t) {
			org.camunda.bpm.engine.task.Task step = t.tasks.createTaskQuery().taskId(t.stepTaskOfGroupA).singleResult();
			return new State(t.count("plan"), t.count("plan_version"), t.count("quarterly_report"), t.count("report_version"),
					step != null, step == null ? null : step.getAssignee(),
					t.jdbc.sql("select s.status from step s join measure m on m.id = s.measure_id"
							+ " where m.business_key = 'FY2567-M1' and s.position = 1").query(String.class).single(),
					t.runtime.createProcessInstanceQuery().processDefinitionKey("MeasureProcess").count(),
					t.repository.createDeploymentQuery().count(), t.count("evidence_file"), t.count("evidence_chunk"),
					t.jdbc.sql("select count(*) from evidence_file where published_at is not null").query(Long.class).single());
		}
	}

	private void assertVisibleTo(String call, Caller caller, String body) {
		if (call.equals("list measures")) {
			assertThat(body).as("measures shown to " + caller)
				.contains(caller == Caller.MEMBER_B ? "[]" : "FY2567-M1");
		}
		if (call.equals("amend a plan")) {
			assertThat(body).contains("\"outcome\":\"AMENDED\"", "\"version\":2");
		}
		if (call.equals("list a year's plan versions")) {
			assertThat(body).contains("\"version\":1");
		}
		if (call.equals("download group A's evidence")) {
			assertThat(body).as("the file " + caller + " downloaded").startsWith("%PDF-1.4");
		}
		if (call.equals("Camunda: list tasks")) {
			assertThat(body.contains(stepTaskOfGroupA)).as("group A's task shown to " + caller)
				.isEqualTo(caller != Caller.MEMBER_B);
		}
	}

	private HttpResponse<String> send(String call, Caller caller) throws Exception {
		HttpRequest.Builder request = switch (call) {
			case "list measures" -> get("/api/measures?fiscalYear=2567");
			case "one measure of group A" -> get("/api/measures/FY2567-M1");
			case "reports of a measure of group A" -> get("/api/measures/FY2567-M1/reports");
			case "import a plan" -> post("/api/plans", "application/yaml", BodyPublishers.ofString("""
					fiscalYear: 2568
					organisation: สำนักงานทดสอบสิทธิ์
					measures:
					  - code: X1
					    title: มาตรการทดสอบ
					    indicators: [1]
					    responsibleGroup: directorate
					    deadline: 2568-09-30
					    reportingQuarters: [4]
					    steps:
					      - text: ขั้นเดียว
					""", StandardCharsets.UTF_8));
			case "preview an amendment" -> post("/api/plans/preview", "application/yaml",
					BodyPublishers.ofString(AMENDED_SEED_PLAN, StandardCharsets.UTF_8));
			case "amend a plan" -> post("/api/plans?amendmentReason=%E0%B8%82%E0%B8%A2%E0%B8%B2%E0%B8%A2", "application/yaml",
					BodyPublishers.ofString(AMENDED_SEED_PLAN, StandardCharsets.UTF_8));
			case "list a year's plan versions" -> get("/api/plans/2567/versions");
			case "open a reporting round" -> post("/api/report-rounds", "application/json",
					BodyPublishers.ofString("{\"fiscalYear\": 2567, \"quarter\": 3}"));
			case "read the outbox" -> get("/api/outbox");
			case "Camunda: list tasks" -> get("/engine-rest/task");
			case "Camunda: complete group A's step task" -> post("/engine-rest/task/" + stepTaskOfGroupA + "/complete",
					"application/json", BodyPublishers.ofString("""
							{"variables": {"whatDone": {"value": "เผยแพร่ช่องทางแล้ว", "type": "String"},
							               "dateDone": {"value": "2024-05-01", "type": "String"}}}""",
							StandardCharsets.UTF_8));
			case "Camunda: claim group A's step task" -> post("/engine-rest/task/" + stepTaskOfGroupA + "/claim",
					"application/json", BodyPublishers.ofString("{\"userId\": \"%s\"}".formatted(caller.user)));
			case "Camunda: read group A's task variables" -> get("/engine-rest/task/" + stepTaskOfGroupA + "/variables");
			case "Tasklist's API: group A's task form variables" ->
				get("/engine-rest/engine/default/task/" + stepTaskOfGroupA + "/form-variables");
			case "Camunda: start a process" -> post("/engine-rest/process-definition/key/MeasureProcess/start",
					"application/json", BodyPublishers.ofString("""
							{"businessKey": "FY2567-M1-again", "variables": {
							  "measureId": {"value": %d, "type": "Long"},
							  "measureCode": {"value": "M1", "type": "String"},
							  "measureTitle": {"value": "again", "type": "String"},
							  "stepOrder": {"value": "SEQUENTIAL", "type": "String"}}}"""
						.formatted(measureId())));
			case "Camunda: deploy" -> deploy();
			case "attach evidence to group A's step" -> attachEvidence();
			case "download group A's evidence" -> get("/api/evidence/" + evidenceOfGroupA);
			case "remove group A's evidence" -> HttpRequest.newBuilder(uri("/api/evidence/" + evidenceOfGroupA)).DELETE();
			case "publish group A's step evidence" -> HttpRequest.newBuilder(uri("/api/evidence/" + evidenceOfGroupA
					+ "/publication")).header("Content-Type", "application/json").PUT(json("{\"published\": true}"));
			default -> throw new IllegalArgumentException(call);
		};
		if (caller.user != null) {
			request.header("Authorization", BrowserSession.basic(caller.user, caller.password));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpRequest.Builder post(String path, String contentType, BodyPublisher body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(body);
	}

	/** A one-page PDF for step 1 of FY2567-M1, as the multipart "file" a script sends. */
	private HttpRequest.Builder attachEvidence() {
		String boundary = "evidence-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"memo.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n";
		return post("/api/measures/FY2567-M1/steps/1/evidence", "multipart/form-data; boundary=" + boundary,
				BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder deploy() {
		return TinyDeployment.post(uri("/engine-rest/deployment/create"), "Matrix");
	}


	private long measureId() {
		return jdbc.sql("select id from measure where business_key = 'FY2567-M1'").query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
