package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DemoPasswordGuardTests {

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
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "demo");
		env.setActiveProfiles("postgres");

		assertThatThrownBy(() -> guard.postProcessEnvironment(env, new SpringApplication()))
			.hasMessageContaining("postgres")
			.hasMessageContaining("ADMIN_PASSWORD");
	}

	@Test
	void aProductionProfileRefusesDemoUsersWithTheDemoPassword() {
		MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "s3cret-enough")
			.withProperty("measure-tracker.demo.enabled", "true")
			.withProperty("measure-tracker.demo.password", "demo");
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
