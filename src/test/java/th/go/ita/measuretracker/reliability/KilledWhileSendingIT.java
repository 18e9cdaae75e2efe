package th.go.ita.measuretracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import th.go.ita.measuretracker.support.Mails;

/**
 * The app is killed with SIGKILL while it is sending a batch of reminders, then started again on the same
 * PostgreSQL: every reminder arrives, and at most the mails that were on the wire at the kill (one per sender
 * thread) arrive twice.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class KilledWhileSendingIT {

	static final String DATABASE = "measure_tracker_fault_kill";
	static final int MEASURES = 75;
	static final int REMINDERS = MEASURES * 4;
	static final int SENDERS = 4;

	@Test
	void everyReminderArrivesAfterAKillMidBatchAndARestart() throws Exception {
		FaultScenario.freshDatabase(DATABASE);
		GreenMail smtp = FaultScenario.smtp();
		try {
			killAndRestart(smtp);
		}
		finally {
			smtp.stop();
		}
	}

	private void killAndRestart(GreenMail smtp) throws Exception {
		// the gate lets 60 mails through and then holds the senders mid-session, so the kill always falls in the
		// middle of sending, on a fast machine as on a slow one
		try (SmtpGate gate = new SmtpGate(smtp.getSmtp().getPort(), 60);
				AppNode first = AppNode.on("killed", DATABASE, gate.port(),
						Map.of("measure-tracker.mail.senders", String.valueOf(SENDERS))).start()) {
			FaultScenario.people(first);
			// due 20 days ago: each step's escalation to the manager is already due when its task is created
			first.postOk("/api/plans", AppNode.ADMIN, "application/yaml",
					FaultScenario.plan("kill", MEASURES, FaultScenario.today().minusDays(20), 1));
			FaultScenario.await("the first 60 mails", Duration.ofSeconds(120),
					() -> smtp.getReceivedMessages().length >= 60);
			first.kill();
		}
		int atKill = smtp.getReceivedMessages().length;
		assertThat(atKill).as("killed in the middle, not after the last mail").isLessThan(REMINDERS);
		assertThat(FaultScenario.count(DATABASE, "select count(*) from mail_outbox where status <> 'SENT'"))
			.as("mails left to send at the kill").isPositive();

		try (AppNode again = AppNode.on("restarted", DATABASE, smtp.getSmtp().getPort(), Map.of()).start()) {
			FaultScenario.await("every reminder delivered after the restart", Duration.ofSeconds(120),
					() -> FaultScenario.deliveries(smtp).size() == REMINDERS
							&& FaultScenario.count(DATABASE, "select count(*) from mail_outbox where status <> 'SENT'") == 0);
		}
		Map<String, Long> deliveries = FaultScenario.deliveries(smtp);
		long duplicates = Mails.duplicates(deliveries);
		FaultScenario.figure("| SIGKILL while sending, restart | %d reminders | %d delivered before the kill | %d duplicates |"
			.formatted(REMINDERS, atKill, duplicates));
		assertThat(deliveries).hasSize(REMINDERS);
		assertThat(FaultScenario.count(DATABASE, "select count(*) from mail_outbox")).isEqualTo(REMINDERS);
		assertThat(duplicates).as("only a mail on the wire at the kill, one per sender thread, may arrive twice")
			.isLessThanOrEqualTo(SENDERS);
	}
}
