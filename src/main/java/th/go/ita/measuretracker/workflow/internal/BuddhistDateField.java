package th.go.ita.measuretracker.workflow.internal;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

import th.go.ita.measuretracker.fiscal.ThaiDates;

/**
 * A text field of a Camunda Form where a person types a date of the Buddhist Era, {@code 31/05/2567}: marked in the
 * form with the custom property {@code "properties": {"calendar": "buddhist"}}. The engine stores the ISO date
 * ({@code 2024-05-31}), so the processes, the API and the reports read one format whatever the person typed.
 * <p>
 * Why text and not form-js's date picker: the picker of Tasklist's form-js 1.8 shows and takes only US dates of the
 * Christian Era (5/20/2024) and cannot be given a calendar; see README, "Dates and languages in Tasklist".
 */
final class BuddhistDateField {

	/** What REST callers send (and the form's date picker sent before): stored as it is, checked by the listeners. */
	private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

	private BuddhistDateField() {
	}

	static boolean is(JsonNode component) {
		return "buddhist".equals(component.path("properties").path("calendar").asText());
	}

	/**
	 * @return the value to store: the ISO date of a typed B.E. date, anything else (absent, blank, ISO) as sent
	 * @throws IllegalArgumentException with a message naming what is wrong with the typed date
	 */
	static TypedValue stored(TypedValue sent) {
		if (sent == null || !(sent.getValue() instanceof String text) || text.isBlank() || ISO.matcher(text).matches()) {
			return sent;
		}
		return Variables.stringValue(ThaiDates.parseTyped(text).toString());
	}
}
