package th.go.ita.measuretracker.workflow;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A form was submitted with missing or wrong values (the browser checks them too, but REST callers can bypass
 * the form). The completion is rolled back and the REST API answers 400 with every problem named.
 */
public class InvalidFormException extends BadUserRequestException {

	private final List<String> problems;

	public InvalidFormException(String what, List<String> problems) {
		super(what + ": " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
