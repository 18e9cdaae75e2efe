package th.go.ita.measuretracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import th.go.ita.measuretracker.support.Mails;

/**
 * Two app nodes on one PostgreSQL, both running the job executor and the mail sender: every reminder is
 * delivered exactly once, and what one node imported is visible on the other.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class TwoNodesIT {

	static final String DATABASE = "measure_tracker_fault_two";
	static final int MEASURES = 50;
	static final int STEPS = MEASURES * 4;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void twoNodesDeliverEveryReminderOnceAndShowTheSameTasks() throws Exception {
		FaultScenario.freshDatabase(DATABASE);
		GreenMail smtp = FaultScenario.smtp();
		int port = smtp.getSmtp().getPort();
		// one after the other: the first creates the schema
		try (AppNode a = AppNode.on("node-a", DATABASE, port, hostname("node-a")).start();
				AppNode b = AppNode.on("node-b", DATABASE, port, hostname("node-b")).start()) {
			FaultScenario.people(a);
			// due 20 days ago: every step's escalation is due at once, and both nodes reach for the jobs and mails
			a.postOk("/api/plans", AppNode.ADMIN, "application/yaml",
					FaultScenario.plan("two-nodes", MEASURES, FaultScenario.today().minusDays(20), 1));
			FaultScenario.await("every escalation delivered", Duration.ofSeconds(120),
					() -> FaultScenario.deliveries(smtp).size() == STEPS
							&& FaultScenario.count(DATABASE, "select count(*) from mail_outbox where status <> 'SENT'") == 0);
			// a little longer: a duplicate would arrive now, if there were one
			Thread.sleep(3_000);

			Map<String, Long> deliveries = FaultScenario.deliveries(smtp);
			FaultScenario.figure("| two nodes, job executor and mail sender on both | %d reminders | | %d duplicates |"
				.formatted(STEPS, Mails.duplicates(deliveries)));
			assertThat(deliveries).hasSize(STEPS).allSatisfy((id, times) -> assertThat(times).isOne());
			assertThat(FaultScenario.count(DATABASE,
					"select count(distinct hostname_) from act_hi_job_log where job_state_ = 2 and job_def_type_ = 'timer-transition'"))
				.as("both job executors fired reminder timers").isEqualTo(2);
			for (AppNode node : new AppNode[] { a, b }) {
				assertThat(count(node, "/engine-rest/task/count?candidateGroup=" + FaultScenario.GROUP)).as(node.name())
					.isEqualTo(STEPS);
				assertThat(json.readTree(node.get("/api/measures", "faultmember").body()).size()).as(node.name())
					.isEqualTo(MEASURES);
			}
		}
		finally {
			smtp.stop();
		}
	}

	/** Camunda's job log records which node ran each job. */
	private static Map<String, String> hostname(String node) {
		return Map.of("camunda.bpm.generic-properties.properties.hostname", node);
	}

	private long count(AppNode node, String path) throws Exception {
		return json.readTree(node.get(path, "faultmember").body()).get("count").asLong();
	}
}
