package th.go.ita.measuretracker.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.BooleanSupplier;


import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.support.Mails;
import th.go.ita.measuretracker.support.PostgresTestDatabase;

/** What the fault tests share: a fresh database, a real SMTP server, people, and a plan whose reminders are due. */
final class FaultScenario {

	static final String PASSWORD = "reliability-secret";
	static final String GROUP = "faultgroup";
	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	private static final DateTimeFormatter BE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private FaultScenario() {
	}

	/** Drops and creates {@code database} on the PostgreSQL at 127.0.0.1:5432. */
	static void freshDatabase(String database) {
		PostgresTestDatabase.recreate(database);
	}

	static GreenMail smtp() {
		GreenMail smtp = new GreenMail(new ServerSetup(Mails.freePort(), "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
		return smtp;
	}

	/** A manager (gets escalations) and a member of the plan's group, both with mail addresses. */
	static void people(AppNode node) throws Exception {
		for (String[] person : new String[][] { { "faultmanager", "managers" }, { "faultmember", GROUP } }) {
			node.postOk("/engine-rest/user/create", AppNode.ADMIN, "application/json", """
					{"profile": {"id": "%s", "firstName": "ทดสอบ", "lastName": "Fault", "email": "%s@example.invalid"},
					 "credentials": {"password": "%s"}}""".formatted(person[0], person[0], PASSWORD));
			node.post("/engine-rest/group/create", AppNode.ADMIN, "application/json",
					"{\"id\": \"%s\", \"name\": \"%s\", \"type\": \"WORKFLOW\"}".formatted(person[1], person[1]));
			node.put("/engine-rest/group/" + person[1] + "/members/" + person[0], AppNode.ADMIN, null);
		}
	}

	/**
	 * A plan of {@code measures} measures with four parallel steps each, for {@link #GROUP}, due {@code deadline}.
	 * Imported through the REST API as the admin.
	 */
	static String plan(String organisation, int measures, LocalDate deadline, int reportingQuarter) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("fiscalYear: ").append(FiscalYear.containing(deadline).buddhistYear()).append('\n')
			.append("organisation: ").append(organisation).append('\n')
			.append("measures:\n");
		String due = ThaiBuddhistDate.from(deadline).format(BE);
		for (int m = 1; m <= measures; m++) {
			yaml.append("  - code: F").append(m).append('\n')
				.append("    title: มาตรการทดสอบความทนทานที่ ").append(m).append('\n')
				.append("    indicators: [9]\n")
				.append("    responsibleGroup: ").append(GROUP).append('\n')
				.append("    deadline: ").append(due).append('\n')
				.append("    reportingQuarters: [").append(reportingQuarter).append("]\n")
				.append("    stepOrder: parallel\n")
				.append("    steps:\n");
			for (int s = 1; s <= 4; s++) {
				yaml.append("      - text: ขั้นตอนที่ ").append(s).append(" ของมาตรการ ").append(m).append('\n');
			}
		}
		return yaml.toString();
	}

	/** One number from the node's database, read directly (the fault tests check what is stored, not what is said). */
	static long count(String database, String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database,
				"postgres", ""); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

	/** Polls {@code condition} every 100 ms; fails after {@code timeout} with {@code what}. */
	static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant end = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(end)) {
				throw new AssertionError("not within " + timeout + ": " + what);
			}
			Thread.sleep(100);
		}
	}

	/** Appends a line to target/reliability/figures.md, which RELIABILITY.md quotes. */
	static void figure(String line) throws IOException {
		Path file = Path.of("target/reliability/figures.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** Sleeps until {@code instant}, or not at all when it has passed. */
	static void sleepUntil(Instant instant) throws InterruptedException {
		Thread.sleep(Math.max(0, Duration.between(Instant.now(), instant).toMillis()));
	}

	/**
	 * Stops or starts the local PostgreSQL cluster (the one at 127.0.0.1:5432) the way an administrator would. Once
	 * stopped, a shutdown hook starts it again should the test JVM die before the test does.
	 */
	static void postgres(String action) throws IOException, InterruptedException {
		if ("stop".equals(action)) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					pgCtl("start");
				}
				catch (Exception alreadyRunning) {
					// started by the test itself, as it should be
				}
			}));
		}
		pgCtl(action);
	}

	private static void pgCtl(String action) throws IOException, InterruptedException {
		String version;
		try (var versions = Files.list(Path.of("/etc/postgresql"))) {
			version = versions.findFirst().orElseThrow().getFileName().toString();
		}
		Process ctl = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
			.redirectErrorStream(true)
			.start();
		String output = new String(ctl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (ctl.waitFor() != 0) {
			throw new IllegalStateException("pg_ctlcluster " + action + " failed: " + output);
		}
	}

	static LocalDate today() {
		return LocalDate.now(BANGKOK);
	}

	/** How many times each Message-ID arrived at {@code smtp}. */
	static Map<String, Long> deliveries(GreenMail smtp) {
		return Mails.byMessageId(smtp.getReceivedMessages());
	}

}
