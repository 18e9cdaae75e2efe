package th.go.ita.measuretracker.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the benchmarks share: groups (benchgroup0 … benchgroup19, each with one member with a mail address), a
 * manager, and plans of fiscal year 2567 for those groups.
 */
final class BenchFixtures {

	static final int GROUPS = 20;
	static final String PASSWORD = "bench-secret";

	private BenchFixtures() {
	}

	static String group(int measure) {
		return "benchgroup" + (measure % GROUPS);
	}

	static String member(String group) {
		return group.replace("group", "member");
	}

	/** A plan of {@code size} measures of four parallel steps, due 31 May 2567, spread over the groups. */
	static String plan(int number, int size) {
		StringBuilder yaml = new StringBuilder("fiscalYear: 2567\norganisation: สำนักงานทดสอบที่ " + number + "\nmeasures:\n");
		for (int m = 0; m < size; m++) {
			yaml.append("  - code: M").append(m + 1).append('\n')
				.append("    title: มาตรการทดสอบที่ ").append(m + 1).append('\n')
				.append("    indicators: [9, 10]\n")
				.append("    responsibleGroup: ").append(group(m)).append('\n')
				.append("    deadline: 2567-05-31\n")
				.append("    reportingQuarters: [3]\n")
				.append("    stepOrder: parallel\n")
				.append("    steps:\n");
			for (int s = 1; s <= 4; s++) {
				yaml.append("      - text: ขั้นที่ ").append(s).append('\n');
			}
		}
		return yaml.toString();
	}

	/**
	 * Fresh planner statistics, as autovacuum keeps them on a production server. The PostgreSQL on this machine runs
	 * with autovacuum off: without this, Camunda's variable lookups ran on plans made for empty tables (7 ms each
	 * instead of 0.05 ms) and the figures measured that instead of the app.
	 */
	static void analyze(JdbcClient jdbc) {
		jdbc.sql("analyze").update();
	}

	/** {@link #analyze} now and then every 20 seconds until closed, as autovacuum would while tables grow. */
	static AutoCloseable analyzeWhileRunning(JdbcClient jdbc) {
		analyze(jdbc);
		ScheduledExecutorService autovacuum = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "bench-autovacuum");
			thread.setDaemon(true);
			return thread;
		});
		autovacuum.scheduleWithFixedDelay(() -> analyze(jdbc), 20, 20, TimeUnit.SECONDS);
		return autovacuum::shutdownNow;
	}

	static void create(IdentityService identity) {
		for (int g = 0; g < GROUPS; g++) {
			String group = group(g);
			if (identity.createGroupQuery().groupId(group).count() == 0) {
				Group created = identity.newGroup(group);
				created.setName("กลุ่มทดสอบที่ " + g);
				identity.saveGroup(created);
				user(identity, member(group), group);
			}
		}
		if (identity.createGroupQuery().groupId("managers").count() == 0) {
			Group managers = identity.newGroup("managers");
			managers.setName("ผู้บริหาร");
			identity.saveGroup(managers);
			user(identity, "benchmanager", "managers");
		}
	}

	private static void user(IdentityService identity, String id, String group) {
		User user = identity.newUser(id);
		user.setPassword(PASSWORD);
		user.setEmail(id + "@example.invalid");
		identity.saveUser(user);
		identity.createMembership(id, group);
	}
}
