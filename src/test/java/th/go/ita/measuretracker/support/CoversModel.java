package th.go.ita.measuretracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The process (by its id in bpmn/) whose every path a {@link ProcessTest} class walks: checked by {@link ModelCoverageCheck}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CoversModel {

	/** The process id, e.g. "StepProcess". */
	String value();
}
