package th.go.ita.measuretracker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at a fresh database on the real PostgreSQL (127.0.0.1:5432, or MT_TEST_PG_URL; the database
 * is measure_tracker_it, or MT_TEST_PG_DB so that two checkouts can test at once). The
 * database is dropped and created once per JVM, so every run starts clean. When PostgreSQL is unreachable the
 * context fails to start, and so does the test: in CI a PostgreSQL test never silently skips.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SERVER = System.getenv().getOrDefault("MT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
	private static final java.util.Set<String> created = new java.util.HashSet<>();

	private final String database;

	public PostgresTestDatabase() {
		this(System.getenv().getOrDefault("MT_TEST_PG_DB", "measure_tracker_it"));
	}

	protected PostgresTestDatabase(String database) {
		this.database = database;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		createOnce(database);
		TestPropertyValues
			.of("spring.datasource.url=" + SERVER + database, "spring.datasource.username=postgres",
					"spring.datasource.password=")
			.applyTo(context);
	}

	private static synchronized void createOnce(String database) {
		if (!created.contains(database)) {
			recreate(database);
			created.add(database);
		}
	}

	/** Drops {@code database} (closing its connections) and creates it empty. */
	public static void recreate(String database) {
		try (Connection admin = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + database + " with (force)");
			sql.execute("create database " + database + " encoding 'UTF8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for this test and is not reachable: "
					+ ex.getMessage(), ex);
		}
	}
}
