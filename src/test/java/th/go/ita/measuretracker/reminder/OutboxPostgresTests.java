package th.go.ita.measuretracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import th.go.ita.measuretracker.support.Mails;
import th.go.ita.measuretracker.support.PostgresTest;
import th.go.ita.measuretracker.workflow.RemindedTasks.RemindedTask;

/** Two senders on one PostgreSQL, as two app nodes would run: each mail is delivered exactly once. */
@SpringBootTest(properties = "measure-tracker.mail.batch-size=20")
@PostgresTest
class OutboxPostgresTests {

	static final int SMTP_PORT = Mails.freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired OutboxRepository outbox;
	@Autowired OutboxSender sender;
	@Autowired JdbcClient jdbc;

	@Test
	void twoNodesSendingAtOnceDeliverEveryMailExactlyOnce() throws Exception {
		jdbc.sql("delete from mail_outbox").update();
		Instant queuedAt = Instant.now().minusSeconds(60);
		RemindedTask task = new RemindedTask("task-1", "ขั้นตอน", new Date(), List.of("directorate"), null, 1, 1L, "FY2567-M1", "มาตรการ");
		for (int i = 0; i < 120; i++) {
			outbox.queue("test:" + i, ReminderKind.ON_DUE, "member" + i + "@example.test",
					new MailComposer.Mail("ครบกำหนดวันนี้ #" + i, "<p>ทดสอบ</p>"), task, queuedAt);
		}

		Instant now = Instant.now();
		CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> sender.sendDue(now));
		CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> sender.sendDue(now));

		assertThat(nodeA.get() + nodeB.get()).isEqualTo(120);
		List<String> subjects = Arrays.stream(smtp.getReceivedMessages()).map(Mails::subject).toList();
		assertThat(subjects).hasSize(120).doesNotHaveDuplicates();
		assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'SENT' and attempts = 1")
			.query(Long.class)
			.single()).isEqualTo(120);
	}
}
