package th.go.ita.measuretracker.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;


import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.reminder.OutboxSender;
import th.go.ita.measuretracker.support.Mails;

/**
 * 10,000 reminders falling due at once (Camunda's clock moved to the first reminder day of 10,000 open step tasks),
 * fired by the real job executor and delivered to a real SMTP server (GreenMail): the time until the last mail has
 * arrived, and how many arrived twice. The outbox sender is polled every second with Camunda's clock, as
 * OutboxSchedule polls it with the wall clock. Not a test: {@code mvn -Pbench test -Dtest=ReminderDrainBenchmark},
 * figures in target/bench/reminders.md.
 */
@SpringBootTest(properties = { "logging.level.root=warn", "camunda.bpm.job-execution.enabled=true" })
@ActiveProfiles({ "test", "postgres" })
@ContextConfiguration(initializers = BenchDatabase.class)
class ReminderDrainBenchmark {

	static final int REMINDERS = Integer.getInteger("bench.reminders", 10_000);
	static final int PLAN_SIZE = 100;
	static final GreenMail smtp = new GreenMail(new ServerSetup(Mails.freePort(), "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired PlanImportService plans;
	@Autowired OutboxSender sender;
	@Autowired IdentityService identity;
	@Autowired JdbcClient jdbc;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		smtp.start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
		ClockUtil.reset();
	}

	@Test
	void tenThousandRemindersAtOnce() throws Exception {
		try (AutoCloseable autovacuum = BenchFixtures.analyzeWhileRunning(jdbc)) {
			drain();
		}
	}

	private void drain() throws Exception {
		// before any reminder of a step due 31 May 2567 (2024)
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2024-01-02T09:00:00+07:00").toInstant()));
		BenchFixtures.create(identity);
		for (int plan = 1; plan <= REMINDERS / 4 / PLAN_SIZE; plan++) {
			plans.importYaml(BenchFixtures.plan(plan, PLAN_SIZE), "admin");
		}
		BenchFixtures.analyze(jdbc);
		AtomicBoolean polling = new AtomicBoolean(true);
		Thread poller = new Thread(() -> {
			while (polling.get()) {
				sender.sendDue(ClockUtil.getCurrentTime().toInstant());
				sleep(1_000);
			}
		}, "outbox-poller");

		// the first reminder: 7 days before the due date, at 08:30
		long start = System.nanoTime();
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2024-05-24T08:31:00+07:00").toInstant()));
		poller.start();
		double queued = -1;
		// counted in the outbox, not by copying GreenMail's 10,000 messages ten times a second
		while (jdbc.sql("select count(*) from mail_outbox where status = 'SENT'").query(Long.class).single() < REMINDERS) {
			if (queued < 0 && jdbc.sql("select count(*) from mail_outbox").query(Long.class).single() >= REMINDERS) {
				queued = seconds(start);
			}
			if (seconds(start) > 600) {
				throw new IllegalStateException("not drained in 10 minutes: " + smtp.getReceivedMessages().length);
			}
			if (!poller.isAlive()) {
				throw new IllegalStateException("the outbox poller stopped");
			}
			sleep(100);
		}
		double drained = seconds(start);
		sleep(5_000);
		polling.set(false);
		poller.join();

		long duplicates = Mails.duplicates(Mails.byMessageId(smtp.getReceivedMessages()));
		List<String> report = new ArrayList<>();
		report.add("| reminders due at once | all queued by the job executor (s) | all delivered to SMTP (s) | mails received | duplicates |");
		report.add("|---:|---:|---:|---:|---:|");
		report.add("| %,d | %.1f | %.1f | %,d | %d |".formatted(REMINDERS, queued < 0 ? drained : queued, drained,
				smtp.getReceivedMessages().length, duplicates));
		Path out = Path.of("target/bench/reminders.md");
		Files.createDirectories(out.getParent());
		Files.write(out, report, StandardCharsets.UTF_8);
		report.forEach(System.out::println);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
