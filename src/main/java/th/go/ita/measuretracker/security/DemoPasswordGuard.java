package th.go.ita.measuretracker.security;


import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The embedded default ships a documented demo password. Anywhere else it would be a known password on a real
 * server, so any non-default profile refuses to start with it — before the engine creates a single user.
 */
public class DemoPasswordGuard implements EnvironmentPostProcessor {

	static final String DEMO_PASSWORD = "demo";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String[] profiles = environment.getActiveProfiles();
		if (profiles.length == 0) {
			return;
		}
		String profileList = String.join(", ", profiles);
		if (DEMO_PASSWORD.equals(environment.getProperty("camunda.bpm.admin-user.password"))) {
			throw new IllegalStateException("Refusing to start with profile(s) " + profileList
					+ ": the admin password is the public demo password. Set ADMIN_PASSWORD.");
		}
		String demoPassword = environment.getProperty("measure-tracker.demo.password", "");
		if (Boolean.parseBoolean(environment.getProperty("measure-tracker.demo.enabled", "false"))
				&& (DEMO_PASSWORD.equals(demoPassword) || demoPassword.isBlank())) {
			throw new IllegalStateException("Refusing to start with profile(s) " + profileList
					+ ": demo users would get the public demo password. Set DEMO_PASSWORD or DEMO_DATA=false.");
		}
	}
}
