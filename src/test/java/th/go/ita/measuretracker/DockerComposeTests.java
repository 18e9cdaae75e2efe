package th.go.ita.measuretracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is checked the way it could go wrong: every
 * variable it gives the app is one the app reads, the ones the app needs in production are all there, and no
 * secret is written into the file.
 */
class DockerComposeTests {

	/** Spring Boot binds these from the environment by relaxed binding (SPRING_DATASOURCE_URL → spring.datasource.url). */
	static final Set<String> SPRING_PROPERTIES = Set.of("SPRING_PROFILES_ACTIVE", "SPRING_DATASOURCE_URL",
			"SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT",
			"SPRING_MAIL_USERNAME", "SPRING_MAIL_PASSWORD");

	@SuppressWarnings("unchecked")
	private static Map<String, Object> compose() throws IOException {
		return new Yaml().load(Files.readString(Path.of("docker-compose.yml"), StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> appEnvironment() throws IOException {
		Map<String, Object> services = (Map<String, Object>) compose().get("services");
		return (Map<String, String>) ((Map<String, Object>) services.get("app")).get("environment");
	}

	/** The ${NAME...} placeholders application.yml reads from the environment. */
	private static Set<String> variablesTheAppReads() throws IOException {
		String config = Files.readString(Path.of("src/main/resources/application.yml"), StandardCharsets.UTF_8);
		Set<String> names = new LinkedHashSet<>();
		Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(config);
		while (placeholder.find()) {
			names.add(placeholder.group(1));
		}
		return names;
	}

	@Test
	void everyVariableGivenToTheAppIsOneItReads() throws IOException {
		Set<String> read = variablesTheAppReads();

		assertThat(appEnvironment().keySet())
			.allSatisfy(name -> assertThat(SPRING_PROPERTIES.contains(name) || read.contains(name))
				.as(name + " is read by the app").isTrue());
	}

	@Test
	void theAppGetsItsDatabaseMailAndAdminSecretFromCompose() throws IOException {
		Map<String, String> env = appEnvironment();

		assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/measure_tracker")
			.containsEntry("SPRING_MAIL_HOST", "mailpit")
			.containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "ADMIN_PASSWORD");
		assertThat(variablesTheAppReads()).contains("ADMIN_PASSWORD", "TASKLIST_URL", "DEMO_DATA");
	}

	@Test
	void noSecretIsWrittenIntoTheFile() throws IOException {
		String file = Files.readString(Path.of("docker-compose.yml"), StandardCharsets.UTF_8);
		Matcher secrets = Pattern.compile("(?m)^\\s*([A-Z_]*PASSWORD[A-Z_]*):\\s*(.*)$").matcher(file);
		int found = 0;
		while (secrets.find()) {
			found++;
			String value = secrets.group(2).trim();
			assertThat(value).as(secrets.group(1) + " must come from the environment")
				.matches("\\$\\{[A-Z_]+(:\\?[^}]*|:-)?\\}");
		}
		assertThat(found).isGreaterThanOrEqualTo(3);
	}
}
