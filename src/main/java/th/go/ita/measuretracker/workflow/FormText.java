package th.go.ita.measuretracker.workflow;

import java.util.List;
import java.util.Map;

import th.go.ita.measuretracker.fiscal.Wording;

/** A text field of a submitted Camunda Form, checked again on the server: REST callers can bypass the form. */
public final class FormText {

	public static final int MAX_LENGTH = 4000;

	private FormText() {
	}

	/** @return the text, stripped, or {@code null} when absent or wrong (the problem is added to {@code problems}) */
	public static String read(Map<String, Object> variables, String field, List<String> problems) {
		Object value = variables.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s)) {
			problems.add(Wording.of("form.notText", field));
			return null;
		}
		if (s.length() > MAX_LENGTH) {
			problems.add(Wording.of("form.tooLong", field, MAX_LENGTH));
			return null;
		}
		return s.strip();
	}
}
