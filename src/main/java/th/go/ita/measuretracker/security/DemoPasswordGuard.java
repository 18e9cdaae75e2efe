package th.go.ita.measuretracker.security;


import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertyResolver;

/**
 * The embedded default (H2) ships a documented demo password. On any other database it would be a known password
 * on a real server, so start-up refuses it — before the engine creates a single user. The database decides, not
 * the profile: a PostgreSQL URL given without the {@code postgres} profile is just as real. Users already stored
 * with the demo password are {@link StoredDemoPasswordGuard}'s part.
 */
public class DemoPasswordGuard implements EnvironmentPostProcessor {

	static final String DEMO_PASSWORD = "demo";
	static final String DATASOURCE_URL = "spring.datasource.url";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (isEmbeddedDefault(environment)) {
			return;
		}
		String database = outsideH2(environment);
		if (DEMO_PASSWORD.equals(environment.getProperty("camunda.bpm.admin-user.password"))) {
			throw new IllegalStateException("Refusing to start on " + database
					+ ": the admin password is the public demo password. Set ADMIN_PASSWORD.");
		}
		String demoPassword = environment.getProperty("measure-tracker.demo.password", "");
		if (Boolean.parseBoolean(environment.getProperty("measure-tracker.demo.enabled", "false"))
				&& (DEMO_PASSWORD.equals(demoPassword) || demoPassword.isBlank())) {
			throw new IllegalStateException("Refusing to start on " + database
					+ ": demo users would get the public demo password. Set DEMO_PASSWORD or DEMO_DATA=false.");
		}
	}

	/** Names the kind of database only: a JDBC URL may carry a password. */
	static String outsideH2(PropertyResolver environment) {
		String url = environment.getProperty(DATASOURCE_URL, "");
		int kindEnd = url.indexOf(':', "jdbc:".length());
		return "a database other than the embedded H2 (" + (kindEnd > 0 ? url.substring(0, kindEnd) : url) + ")";
	}

	/**
	 * Demo users and the demo password belong to H2 only. No URL at all is H2 too: Spring Boot then makes an
	 * embedded database of its own.
	 */
	static boolean isEmbeddedDefault(PropertyResolver environment) {
		String url = environment.getProperty(DATASOURCE_URL, "");
		return url.isBlank() || url.startsWith("jdbc:h2:");
	}
}
