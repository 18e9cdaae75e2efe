package th.go.ita.measuretracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test: the whole app on H2 with the coverage recorder in its engine. Every process test class carries
 * exactly this (and {@link CoversModel}), so they share one Spring context when run in one JVM. The coverage
 * library's own listener writes target/process-test-coverage/&lt;test class&gt;/report.html; {@link ModelCoverageCheck}
 * then fails the class if its model's flow nodes fall below the minimum.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessCoverage.class)
@TestExecutionListeners(listeners = ModelCoverageCheck.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
