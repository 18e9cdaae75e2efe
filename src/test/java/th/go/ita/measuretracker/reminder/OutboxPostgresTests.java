package th.go.ita.measuretracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.support.Mails;
import th.go.ita.measuretracker.support.PostgresTest;
import th.go.ita.measuretracker.support.TestSmtp;
import th.go.ita.measuretracker.workflow.RemindedTasks.RemindedTask;

/**
 * Two outbox senders in one JVM, each with its own threads, claiming from one PostgreSQL as two app nodes would: each
 * mail is delivered exactly once. Two real nodes (separate processes) are reliability/TwoNodesIT.
 */
@PostgresTest
class OutboxPostgresTests {

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@Autowired OutboxRepository outbox;
	@Autowired MailTransport transport;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcClient jdbc;

	@Test
	void twoSendersOnOneDatabaseDeliverEveryMailExactlyOnce() throws Exception {
		jdbc.sql("delete from mail_outbox").update();
		Instant queuedAt = OfficeTime.now().minusSeconds(60);
		RemindedTask task = new RemindedTask("task-1", "ขั้นตอน", new Date(), List.of("directorate"), null, 1, 1L, "FY2567-M1", "มาตรการ");
		for (int i = 0; i < 120; i++) {
			outbox.queue("test:" + i, ReminderKind.ON_DUE, "member" + i + "@example.test",
					new MailComposer.Mail("ครบกำหนดวันนี้ #" + i, "<p>ทดสอบ</p>"), task, queuedAt);
		}
		// each node its own sender, as the app builds it; batches of 20 so that the nodes' 8 threads race for claims
		OutboxSender nodeA = node();
		OutboxSender nodeB = node();

		Instant now = OfficeTime.now();
		try {
			CompletableFuture<Integer> sentByA = CompletableFuture.supplyAsync(() -> nodeA.sendDue(now));
			CompletableFuture<Integer> sentByB = CompletableFuture.supplyAsync(() -> nodeB.sendDue(now));

			assertThat(sentByA.get() + sentByB.get()).isEqualTo(120);
		}
		finally {
			nodeA.destroy();
			nodeB.destroy();
		}
		List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(Mails::subject).toList();
		assertThat(subjects).hasSize(120).doesNotHaveDuplicates();
		assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'SENT' and attempts = 1")
			.query(Long.class)
			.single()).isEqualTo(120);
	}

	private OutboxSender node() {
		return new OutboxSender(outbox, transport, transactions, 20, Duration.ofMinutes(5), Duration.ofSeconds(30),
				Duration.ofMinutes(30), 4);
	}
}
