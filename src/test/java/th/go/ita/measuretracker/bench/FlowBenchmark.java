package th.go.ita.measuretracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.BoundaryEventBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.ita.measuretracker.support.BrowserSession;

/**
 * Our layer against bare Camunda on the same engine and PostgreSQL, side by side: the same number of measures of
 * four steps each, started and then completed both ways. Bare: a model of the same shape (a measure calling a step
 * process per step, all at once; a user task with candidate group and due date and the same five boundary timers)
 * started through RuntimeService, 100 per transaction, and its tasks completed through TaskService, with no
 * listener of ours. Ours: plans of 100 measures imported through POST /api/plans (validation, our tables, listeners,
 * process starts) and every step task completed as its group's member with the step form's values (authorization
 * checks, form validation, our tables, the status view). Not a test: run it with
 * {@code mvn -Pbench test -Dtest=FlowBenchmark} and read target/bench/flow.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.root=warn", "spring.mvc.async.request-timeout=-1" })
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = BenchDatabase.class)
class FlowBenchmark {

	static final int PLAN_SIZE = 100;
	static final int STEPS = 4;
	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	static final LocalDate DEADLINE = LocalDate.of(2024, 5, 31);

	@LocalServerPort int port;
	@Autowired RepositoryService repository;
	@Autowired RuntimeService runtime;
	@Autowired TaskService tasks;
	@Autowired FormService forms;
	@Autowired IdentityService identity;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();
	private int plans;

	@Test
	void oursAgainstBareCamunda() throws Exception {
		try (AutoCloseable autovacuum = BenchFixtures.analyzeWhileRunning(jdbc)) {
			runs();
		}
	}

	private void runs() throws Exception {
		BenchFixtures.create(identity);
		deployBareModels();
		List<String> report = new ArrayList<>();
		report.add("| measures | run | bare start /s | ours start /s | start ours/bare | bare complete /s | ours complete /s | complete ours/bare |");
		report.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
		int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,1000,1000,10000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		for (int run = 0; run < sizes.length; run++) {
			int measures = sizes[run];
			// alternate who goes first, so that a database growing during the run favours neither
			double bareStart;
			double oursStart;
			BenchFixtures.analyze(jdbc);
			if (run % 2 == 0) {
				bareStart = startBare(run, measures);
				oursStart = startOurs(measures);
			}
			else {
				oursStart = startOurs(measures);
				bareStart = startBare(run, measures);
			}
			BenchFixtures.analyze(jdbc);
			double bareComplete;
			double oursComplete;
			if (run % 2 == 0) {
				bareComplete = completeBare();
				oursComplete = completeOurs();
			}
			else {
				oursComplete = completeOurs();
				bareComplete = completeBare();
			}
			report.add("| %,d | %d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f |".formatted(measures, run + 1, bareStart,
					oursStart, oursStart / bareStart, bareComplete, oursComplete, oursComplete / bareComplete));
			// written after every run: a run at 10,000 takes half an hour, and an interrupted series keeps its figures
			Path out = Path.of("target/bench/flow.md");
			Files.createDirectories(out.getParent());
			Files.write(out, report, StandardCharsets.UTF_8);
		}
		report.forEach(System.out::println);
	}

	/** @return measures started per second */
	private double startBare(int run, int measures) {
		Date due = Date.from(DEADLINE.atTime(16, 30).atZone(BANGKOK).toInstant());
		Map<String, Object> variables = new HashMap<>();
		variables.put("steps", List.of("ขั้นที่ 1", "ขั้นที่ 2", "ขั้นที่ 3", "ขั้นที่ 4"));
		variables.put("stepDue", due);
		variables.put("firstBeforeDue", iso(DEADLINE.minusDays(7)));
		variables.put("secondBeforeDue", iso(DEADLINE.minusDays(1)));
		variables.put("onDue", iso(DEADLINE));
		variables.put("overdueCycle", "R/" + iso(DEADLINE.plusDays(1)) + "/P7D");
		variables.put("escalation", iso(DEADLINE.plusDays(14)));
		long start = System.nanoTime();
		for (int from = 0; from < measures; from += PLAN_SIZE) {
			int first = from;
			transactions.executeWithoutResult(tx -> {
				for (int m = first; m < first + PLAN_SIZE; m++) {
					variables.put("group", BenchFixtures.group(m));
					runtime.startProcessInstanceByKey("BareMeasure", "BARE-" + run + "-" + m, variables);
				}
			});
		}
		return perSecond(measures, start);
	}

	private double startOurs(int measures) throws Exception {
		List<String> yaml = new ArrayList<>();
		for (int from = 0; from < measures; from += PLAN_SIZE) {
			yaml.add(BenchFixtures.plan(++plans, PLAN_SIZE));
		}
		long start = System.nanoTime();
		for (String plan : yaml) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans"))
				.header("Authorization", BrowserSession.basic("admin", "test-admin-secret"))
				.header("Content-Type", "application/yaml")
				.POST(HttpRequest.BodyPublishers.ofString(plan, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201 && response.statusCode() != 200) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
		}
		return perSecond(measures, start);
	}

	/** @return step tasks completed per second */
	private double completeBare() {
		List<Task> open = tasks.createTaskQuery().processDefinitionKey("BareStep").list();
		Map<String, Object> values = stepReport();
		long start = System.nanoTime();
		for (Task task : open) {
			tasks.complete(task.getId(), values);
		}
		return perSecond(open.size(), start);
	}

	private double completeOurs() {
		List<Task> open = tasks.createTaskQuery().processDefinitionKey("StepProcess").list();
		Map<String, String> groups = new HashMap<>();
		open.forEach(task -> groups.put(task.getId(), tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId()));
		Map<String, Object> values = stepReport();
		long start = System.nanoTime();
		for (Task task : open) {
			String group = groups.get(task.getId());
			identity.setAuthentication(BenchFixtures.member(group), List.of(group));
			try {
				forms.submitTaskForm(task.getId(), values);
			}
			finally {
				identity.clearAuthentication();
			}
		}
		return perSecond(open.size(), start);
	}

	private static Map<String, Object> stepReport() {
		Map<String, Object> values = new HashMap<>();
		values.put("whatDone", "จัดประชุมชี้แจงบุคลากรแล้ว");
		values.put("dateDone", "2024-05-01");
		values.put("evidenceLinks", "https://example.go.th/ita/evidence");
		return values;
	}

	private void deployBareModels() {
		BpmnModelInstance measure = Bpmn.createExecutableProcess("BareMeasure")
			.camundaHistoryTimeToLive(1825)
			.startEvent()
			.callActivity("Activity_Steps")
			.calledElement("BareStep")
			.camundaIn("stepName", "stepName")
			.camundaIn("group", "group")
			.camundaIn("stepDue", "stepDue")
			.camundaIn("firstBeforeDue", "firstBeforeDue")
			.camundaIn("secondBeforeDue", "secondBeforeDue")
			.camundaIn("onDue", "onDue")
			.camundaIn("overdueCycle", "overdueCycle")
			.camundaIn("escalation", "escalation")
			.multiInstance()
			.parallel()
			.camundaCollection("${steps}")
			.camundaElementVariable("stepName")
			.multiInstanceDone()
			.endEvent()
			.done();
		UserTaskBuilder task = Bpmn.createExecutableProcess("BareStep")
			.camundaHistoryTimeToLive(1825)
			.startEvent()
			.userTask("Task_CompleteStep")
			// the same form: every completion in the engine passes TaskWorkGuard, which admits the form's fields
			.camundaFormRef("Form_CompleteStep")
			.camundaFormRefBinding("latest")
			.name("${stepName}")
			.camundaCandidateGroups("${group}")
			.camundaDueDate("${stepDue}");
		BpmnModelInstance step = task.endEvent().done();
		for (String timer : List.of("firstBeforeDue", "secondBeforeDue", "onDue", "overdueCycle", "escalation")) {
			BoundaryEventBuilder boundary = step.<UserTask>getModelElementById("Task_CompleteStep")
				.builder()
				.boundaryEvent("Timer_" + timer)
				.cancelActivity(false);
			(timer.endsWith("Cycle") ? boundary.timerWithCycle("${" + timer + "}") : boundary.timerWithDate("${" + timer + "}"))
				.serviceTask()
				.camundaExpression("${true}")
				.endEvent();
		}
		repository.createDeployment()
			.name("bare-camunda-benchmark")
			.addModelInstance("bare-measure.bpmn", measure)
			.addModelInstance("bare-step.bpmn", step)
			.deploy();
	}

	private static String iso(LocalDate day) {
		return LocalDateTime.of(day, LocalTime.of(8, 30)).atZone(BANGKOK).toOffsetDateTime().toString();
	}

	private static double perSecond(int count, long startNanos) {
		return count / ((System.nanoTime() - startNanos) / 1e9);
	}
}
