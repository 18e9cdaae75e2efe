package th.go.ita.measuretracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every application context costs each build 10-30 s to start, so a test class shares the one of {@link AppTest} or
 * of {@link PostgresTest}, unless it is listed below with what it needs that they lack.
 */
class TestContextsTests {

	/** The classes that start a context of their own, and why. */
	static final Map<String, String> OWN_CONTEXT = Map.of(
			"th.go.ita.measuretracker.DemoDefaultTests", "the embedded default as a newcomer starts it: demo data, no test profile",
			"th.go.ita.measuretracker.e2e.NewcomerJourneyE2ETest", "the embedded default with its demo data, changed by a real browser",
			"th.go.ita.measuretracker.reminder.ReminderMailTests", "H2 with an SMTP server; AppTest has none, as the embedded default (OutboxWithoutSmtpTests)");

	@AppTest
	static class AnAppTest {
	}

	@PostgresTest
	static class APostgresTest {
	}

	@Test
	void everySpringTestClassSharesTheAppOrThePostgresContextOrSaysWhyNot() throws Exception {
		Set<Object> shared = Set.of(ByApplicationContext.contextKey(AnAppTest.class),
				ByApplicationContext.contextKey(APostgresTest.class));
		List<String> ownContext = new ArrayList<>();
		for (Class<?> testClass : springTestClasses()) {
			if (!shared.contains(ByApplicationContext.contextKey(testClass))) {
				ownContext.add(testClass.getName());
			}
		}

		assertThat(ownContext)
			.as("classes starting an application context of their own: declare them @AppTest or @PostgresTest and "
					+ "nothing else that shapes the context, or list them in TestContextsTests.OWN_CONTEXT with the reason")
			.containsExactlyInAnyOrderElementsOf(OWN_CONTEXT.keySet());
	}

	@Test
	void aClassDeclaredTheOldWayOnPostgresSharesThePostgresContext() {
		assertThat(ByApplicationContext.contextKey(OldWayOnPostgres.class))
			.isEqualTo(ByApplicationContext.contextKey(APostgresTest.class));
	}

	@SpringBootTest
	@PostgresTest
	static class OldWayOnPostgres {
	}

	/** The concrete test classes under the app's package with a Spring Boot test context, benchmarks aside. */
	private static Set<Class<?>> springTestClasses() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class));
		Set<Class<?>> classes = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
		for (BeanDefinition candidate : scanner.findCandidateComponents("th.go.ita.measuretracker")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), TestContextsTests.class.getClassLoader());
			if (!type.getName().contains(".bench.") && type.getEnclosingClass() != TestContextsTests.class) {
				classes.add(type);
			}
		}
		return classes;
	}
}
