package th.go.ita.measuretracker.support;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs the test classes that share an application context one after the other (junit-platform.properties).
 * The whole suite runs in one JVM, which keeps one context at a time (spring.properties): Camunda's webapps and
 * REST API find the engine by the name "default" in static registries, so two live contexts would answer each
 * other's requests. Grouped, each context starts once and is closed when its last class has run. Classes without
 * a context come first; then the groups, each in the order of its first class name, classes by name within.
 */
public class ByApplicationContext implements ClassOrderer {

	private static final Object NO_CONTEXT = new Object();

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparing(ClassDescriptor::getTestClass, Comparator.comparing(Class::getName)));
		Map<Object, Integer> groups = new HashMap<>();
		groups.put(NO_CONTEXT, -1);
		Map<Class<?>, Integer> groupOf = new HashMap<>();
		for (ClassDescriptor descriptor : context.getClassDescriptors()) {
			Class<?> testClass = descriptor.getTestClass();
			groupOf.put(testClass, groups.computeIfAbsent(contextKey(testClass), key -> groups.size()));
		}
		context.getClassDescriptors().sort(Comparator.comparing(descriptor -> groupOf.get(descriptor.getTestClass())));
	}

	/** What Spring's context cache tells contexts apart by, or {@link #NO_CONTEXT}. */
	static Object contextKey(Class<?> testClass) {
		boolean spring = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.stream(ExtendWith.class)
			.anyMatch(extendWith -> Arrays.asList(extendWith.getClassArray("value")).contains(SpringExtension.class));
		if (!spring) {
			return NO_CONTEXT;
		}
		try {
			return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
		}
		catch (RuntimeException misconfigured) {
			return testClass; // its own group: the class reports the error itself when it runs
		}
	}
}
