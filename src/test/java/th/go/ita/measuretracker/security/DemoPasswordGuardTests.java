package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DemoPasswordGuardTests {

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/measure_tracker";

	private final DemoPasswordGuard guard = new DemoPasswordGuard();

	@Test
	void theEmbeddedDefaultMayUseTheDemoPassword() {
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "demo")
			.withProperty("measure-tracker.demo.enabled", "true")
			.withProperty("measure-tracker.demo.password", "demo");

		assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void aProductionProfileRefusesTheDemoAdminPassword() {
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "demo")
			.withProperty("spring.datasource.url", POSTGRES);
		env.setActiveProfiles("postgres");

		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
			.hasMessageContaining("jdbc:postgresql")
			.hasMessageContaining("ADMIN_PASSWORD");
	}

	@Test
	void aPostgresDatabaseWithoutAnyProfileRefusesTheDemoAdminPassword() {
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "demo")
			.withProperty("spring.datasource.url", POSTGRES + "?password=not-in-the-message");

		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
			.hasMessageContaining("a database other than the embedded H2 (jdbc:postgresql)")
			.hasMessageContaining("ADMIN_PASSWORD")
			.hasMessageNotContaining("not-in-the-message");
	}

	@Test
	void anyProfileOnH2MayUseTheDemoPassword() {
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "demo")
			.withProperty("spring.datasource.url", "jdbc:h2:file:./data/measure-tracker");
		env.setActiveProfiles("staging");

		assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void aProductionProfileRefusesDemoUsersWithTheDemoPassword() {
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "s3cret-enough")
			.withProperty("measure-tracker.demo.enabled", "true")
			.withProperty("measure-tracker.demo.password", "demo")
			.withProperty("spring.datasource.url", POSTGRES);
		env.setActiveProfiles("postgres");

		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
			.hasMessageContaining("DEMO_PASSWORD");
	}

	@Test
	void aProductionProfileWithItsOwnPasswordStarts() {
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "s3cret-enough");
		env.setActiveProfiles("postgres");

		assertThatCode(() -> guard.postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
	}
}
