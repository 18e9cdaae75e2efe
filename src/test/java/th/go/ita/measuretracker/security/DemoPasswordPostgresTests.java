package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import th.go.ita.measuretracker.MeasureTrackerApplication;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.PostgresTestDatabase;

/**
 * Start-up on PostgreSQL refuses the public demo password, in the configuration and in the users a database kept
 * from an earlier demo run. Uses a database of its own, set up once: a first start stores users with "demo", as a
 * demo run would have; the tests then start the app on it with real passwords.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoPasswordPostgresTests {

	private static final String DATABASE = "measure_tracker_guard";
	private static final String URL = System.getenv().getOrDefault("MT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/")
			+ DATABASE;
	private static final String NEW_ADMIN_PASSWORD = "new-admin-secret";
	private static final String NEW_DEMO_PASSWORD = "new-demo-secret";

	/** This class's own database, so it never meets the other PostgreSQL tests' data. */
	static class GuardDatabase extends PostgresTestDatabase {

		GuardDatabase() {
			super(DATABASE);
		}
	}

	private List<String> hashesBefore;

	@BeforeAll
	void aDatabaseFromAnEarlierDemoRun() throws Exception {
		try (ConfigurableApplicationContext earlier = start(List.of())) {
			IdentityService identity = earlier.getBean(IdentityService.class);
			User admin = identity.createUserQuery().userId("admin").singleResult();
			admin.setPassword(DemoPasswordGuard.DEMO_PASSWORD);
			identity.saveUser(admin);
			for (String id : List.of("somchai", "malee", "manager", "olduser")) {
				User user = identity.newUser(id);
				user.setPassword(DemoPasswordGuard.DEMO_PASSWORD);
				identity.saveUser(user);
			}
		}
		hashesBefore = storedPasswordHashes();
	}

	@Test
	@Order(1)
	void aPostgresDatabaseWithoutAProfileRefusesTheDemoAdminPassword() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(MeasureTrackerApplication.class)
			.run("--spring.datasource.url=" + URL, "--server.port=0").close())
			.hasMessageContaining("Refusing to start on a database other than the embedded H2 (jdbc:postgresql)")
			.hasMessageContaining("Set ADMIN_PASSWORD");
	}

	@Test
	@Order(2)
	void anotherUserStillOnTheDemoPasswordStopsTheStartAndNothingChanges() throws Exception {
		assertThatThrownBy(() -> start(realPasswords()).close())
			.hasMessageContaining("these users can still log in with the public demo password: olduser.")
			.hasMessageContaining("ACT_ID_USER");

		assertThat(storedPasswordHashes()).as("a refused start changes no password").isEqualTo(hashesBefore);
		forgetTheRefusedContext();
	}

	@Test
	@Order(3)
	void theAdminAndTheDemoUsersGetTheNewPasswordsAtStartUp() throws Exception {
		sql("delete from act_id_user where id_ = 'olduser'");

		try (ConfigurableApplicationContext app = start(realPasswords())) {
			int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
			assertThat(status(port, "admin", DemoPasswordGuard.DEMO_PASSWORD)).isEqualTo(401);
			assertThat(status(port, "admin", NEW_ADMIN_PASSWORD)).isEqualTo(200);
			for (String demoUser : List.of("somchai", "malee", "manager")) {
				assertThat(status(port, demoUser, DemoPasswordGuard.DEMO_PASSWORD)).as(demoUser).isEqualTo(401);
				assertThat(status(port, demoUser, NEW_DEMO_PASSWORD)).as(demoUser).isEqualTo(200);
			}
		}
	}

	private static List<String> realPasswords() {
		return List.of("--camunda.bpm.admin-user.password=" + NEW_ADMIN_PASSWORD, "--measure-tracker.demo.enabled=true",
				"--measure-tracker.demo.password=" + NEW_DEMO_PASSWORD);
	}

	private static ConfigurableApplicationContext start(List<String> args) {
		List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + URL, "--server.port=0"));
		all.addAll(args);
		return new SpringApplicationBuilder(MeasureTrackerApplication.class).profiles("test", "postgres")
			.initializers(new GuardDatabase())
			.run(all.toArray(String[]::new));
	}

	/**
	 * Camunda's webapp filters find their application context through a static field that only a closed context
	 * clears; a refused start never closes, and the next start in this JVM would meet the refused context there.
	 */
	private static void forgetTheRefusedContext() throws Exception {
		Field context = LazyInitRegistration.class.getDeclaredField("APPLICATION_CONTEXT");
		context.setAccessible(true);
		context.set(null, null);
	}

	private static int status(int port, String user, String password) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/measures"))
				.header("Authorization", BrowserSession.basic(user, password))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static List<String> storedPasswordHashes() throws Exception {
		List<String> hashes = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(URL, "postgres", "");
				Statement sql = db.createStatement();
				var rows = sql.executeQuery("select id_ || ' ' || pwd_ from act_id_user order by id_")) {
			while (rows.next()) {
				hashes.add(rows.getString(1));
			}
		}
		return hashes;
	}

	private static void sql(String statement) throws Exception {
		try (Connection db = DriverManager.getConnection(URL, "postgres", ""); Statement sql = db.createStatement()) {
			sql.execute(statement);
		}
	}
}
