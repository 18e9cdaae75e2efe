package th.go.ita.measuretracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import th.go.ita.measuretracker.support.Mails;

import th.go.ita.measuretracker.fiscal.FiscalQuarter;

/**
 * PostgreSQL is stopped while the app runs, for a period in which reminders fall due and a group tries to submit
 * a report, then started again. The app reconnects by itself, its health endpoint says DOWN during the outage and
 * UP after it, every reminder due during the outage arrives once, and no report is lost.
 */
@Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
class PostgresRestartIT {

	static final String DATABASE = "measure_tracker_fault_pg";
	static final int MEASURES = 10;
	static final int STEPS = MEASURES * 4;
	static final String SUBMIT_REPORT = "Task_SubmitQuarterlyReport";

	/** How Camunda's REST API reads a date. */
	static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theAppRidesOutAPostgresRestartWithoutLosingATimerOrAReport() throws Exception {
		// restarting the server needs pg_ctlcluster as root: CI has it (and must run this); a developer may not
		Assumptions.assumeTrue("true".equals(System.getenv("CI")) || "root".equals(System.getProperty("user.name")),
				"stopping PostgreSQL needs root; CI=true runs it");
		FaultScenario.freshDatabase(DATABASE);
		GreenMail smtp = FaultScenario.smtp();
		// Reminders go out at send-at on their day: set it well after any set-up (the on-due timers are then moved
		// into the outage), so the last-call reminders of the day before are due at once. The step is due at
		// 23:59:59 so the on-due reminder is never stale, whatever the hour the test runs.
		LocalDateTime sendAt = LocalDateTime.now(FaultScenario.BANGKOK).plusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
		Map<String, String> settings = Map.of("measure-tracker.reminders.send-at",
				sendAt.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME), "measure-tracker.due-time", "23:59:59");
		try (AppNode node = AppNode.on("postgres-restart", DATABASE, smtp.getSmtp().getPort(), settings).start()) {
			FaultScenario.people(node);
			FiscalQuarter quarter = FiscalQuarter.containing(sendAt.toLocalDate());
			node.postOk("/api/plans", AppNode.ADMIN, "application/yaml",
					FaultScenario.plan("pg-restart", MEASURES, sendAt.toLocalDate(), quarter.number()));
			// the last-call reminder (one day before, at send-at) is already due: one per step, at once
			FaultScenario.await("the last-call reminders", Duration.ofSeconds(60),
					() -> smtp.getReceivedMessages().length >= STEPS);
			node.postOk("/api/report-rounds", AppNode.ADMIN, "application/json",
					"{\"fiscalYear\": %d, \"quarter\": %d}".formatted(quarter.year().buddhistYear(), quarter.number()));
			List<String> reports = reportTasks(node);
			assertThat(reports).hasSize(MEASURES);
			assertThat(submitReport(node, reports.get(0)).statusCode()).isEqualTo(204);

			// However long the set-up took: the outage starts in a few seconds and the on-due reminders fall due
			// inside it (their timers moved, as an admin can in Cockpit)
			Instant outage = Instant.now().plusSeconds(5);
			Instant onDue = outage.plusSeconds(10);
			assertThat(onDue).as("before the reminders' own time").isBefore(sendAt.atZone(FaultScenario.BANGKOK).toInstant());
			// the steps' on-due timers only: the reports' fall due weeks later, after their quarter
			String stepsOnDue = "/engine-rest/job?activityId=Timer_RemindOnDue&dueDates=lt_"
					+ CAMUNDA_DATE.format(sendAt.plusMinutes(1).atZone(FaultScenario.BANGKOK)).replace("+", "%2B");
			for (JsonNode job : json.readTree(node.get(stepsOnDue, AppNode.ADMIN).body())) {
				node.put("/engine-rest/job/" + job.get("id").asText() + "/duedate", AppNode.ADMIN,
						"{\"duedate\": \"%s\"}".formatted(CAMUNDA_DATE.format(onDue.atZone(FaultScenario.BANGKOK))));
			}
			FaultScenario.sleepUntil(outage);
			FaultScenario.postgres("stop");
			try {
				node.awaitHealth("DOWN", Duration.ofSeconds(30));
				HttpResponse<String> duringOutage = submitReport(node, reports.get(1));
				assertThat(duringOutage.statusCode()).as("a report sent during the outage is refused, not half-stored")
					.isGreaterThanOrEqualTo(500);
				FaultScenario.sleepUntil(onDue.plusSeconds(10));
			}
			finally {
				FaultScenario.postgres("start");
			}
			Instant restarted = Instant.now();
			node.awaitHealth("UP", Duration.ofSeconds(90));
			Duration recovery = Duration.between(restarted, Instant.now());

			assertThat(submitReport(node, reports.get(1)).statusCode()).as("the same report, sent again").isEqualTo(204);
			FaultScenario.await("the on-due reminders that fell due during the outage", Duration.ofSeconds(120),
					() -> FaultScenario.deliveries(smtp).size() == 2 * STEPS
							&& FaultScenario.count(DATABASE, "select count(*) from mail_outbox where status <> 'SENT'") == 0);
			Map<String, Long> deliveries = FaultScenario.deliveries(smtp);
			FaultScenario.figure("| PostgreSQL stopped %d s, then started | %d reminders (%d due during the outage) | health UP %.1f s after the start | %d duplicates |"
				.formatted(Duration.between(outage, restarted).toSeconds(), 2 * STEPS, STEPS, recovery.toMillis() / 1000.0,
						Mails.duplicates(deliveries)));
			assertThat(deliveries).hasSize(2 * STEPS).allSatisfy((id, times) -> assertThat(times).isOne());
			// after the outage began: not before it (they fell due inside it), and the database took nothing during it
			assertThat(FaultScenario.count(DATABASE, "select count(*) from mail_outbox where kind = 'ON_DUE' and created_at >= '"
					+ outage + "'")).as("the on-due reminders were queued once the database was back").isEqualTo(STEPS);
			assertThat(FaultScenario.count(DATABASE, "select count(*) from report_version")).isEqualTo(2);
			assertThat(count(node, "/engine-rest/task/count?taskDefinitionKey=Task_ReviewQuarterlyReport", "faultmanager"))
				.as("both reports wait for review").isEqualTo(2);
		}
		finally {
			smtp.stop();
		}
	}

	private List<String> reportTasks(AppNode node) throws Exception {
		FaultScenario.await("the report tasks", Duration.ofSeconds(30),
				() -> count(node, "/engine-rest/task/count?taskDefinitionKey=" + SUBMIT_REPORT, "faultmember") == MEASURES);
		JsonNode tasks = json.readTree(
				node.get("/engine-rest/task?taskDefinitionKey=" + SUBMIT_REPORT + "&sortBy=id&sortOrder=asc", "faultmember")
					.body());
		List<String> ids = new ArrayList<>();
		tasks.forEach(task -> ids.add(task.get("id").asText()));
		return ids;
	}

	private static HttpResponse<String> submitReport(AppNode node, String taskId) throws Exception {
		return node.post("/engine-rest/task/" + taskId + "/submit-form", "faultmember", "application/json", """
				{"variables": {"progressPercent": {"value": 40, "type": "Integer"},
				               "narrative": {"value": "ดำเนินการแล้วร้อยละ 40", "type": "String"}}}""");
	}

	private long count(AppNode node, String path, String user) {
		try {
			return json.readTree(node.get(path, user).body()).get("count").asLong();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
