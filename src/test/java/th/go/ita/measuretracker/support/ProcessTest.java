package th.go.ita.measuretracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test: the app of {@link AppTest} (whose engine has the coverage recorder) and the coverage check. Every
 * process test class carries exactly this (and {@link CoversModel}). The coverage
 * library's own listener writes target/process-test-coverage/&lt;test class&gt;/report.html; {@link ModelCoverageCheck}
 * then fails the class if its model's flow nodes fall below the minimum.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AppTest
@TestExecutionListeners(listeners = ModelCoverageCheck.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
