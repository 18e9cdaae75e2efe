package th.go.ita.measuretracker.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Camunda Forms of forms/, read once: for each form, which fields a person may fill in and which it only
 * shows. The same files are deployed to the engine, so what the guard allows is exactly what Tasklist offers.
 */
final class FormSchemas {

	static final String LOCATION = "classpath*:forms/**/*.form";

	/** form-js components that hold a value the person enters (text, spacer, button etc. do not). */
	private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime", "radio",
			"checkbox", "select", "checklist", "taglist");

	private final Map<String, FormSchema> byId;

	private FormSchemas(Map<String, FormSchema> byId) {
		this.byId = Map.copyOf(byId);
	}

	static FormSchemas fromClasspath() {
		ObjectMapper json = new ObjectMapper();
		Map<String, FormSchema> forms = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					FormSchema form = FormSchema.of(json.readTree(in));
					forms.put(form.id(), form);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the forms in " + LOCATION, ex);
		}
		return new FormSchemas(forms);
	}

	Optional<FormSchema> form(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/**
	 * @param fields what a person may enter, by key, with the values a choice field allows (empty: any value)
	 * @param shown fields the form shows read-only: Tasklist may send them back, they are never stored
	 * @param buddhistDates text fields where a person types a B.E. date ({@link BuddhistDateField})
	 */
	record FormSchema(String id, Map<String, Set<String>> fields, Set<String> shown, Set<String> buddhistDates) {

		static FormSchema of(JsonNode form) {
			FormSchema schema = new FormSchema(form.path("id").asText(), new LinkedHashMap<>(), new HashSet<>(),
					new HashSet<>());
			collect(form.path("components"), schema);
			return schema;
		}

		private static void collect(JsonNode components, FormSchema schema) {
			Map<String, Set<String>> fields = schema.fields();
			Set<String> shown = schema.shown();
			for (JsonNode component : components) {
				collect(component.path("components"), schema);
				String key = component.path("key").asText(null);
				if (key == null || !INPUT_TYPES.contains(component.path("type").asText())) {
					continue;
				}
				if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
					shown.add(key);
				}
				else {
					fields.put(key, choices(component.path("values")));
				}
				if (BuddhistDateField.is(component)) {
					schema.buddhistDates().add(key);
				}
			}
		}

		private static Set<String> choices(JsonNode values) {
			Set<String> choices = new HashSet<>();
			values.forEach(value -> choices.add(value.path("value").asText()));
			return Set.copyOf(choices);
		}

		static FormSchema none() {
			return new FormSchema("", Map.of(), Set.of(), Set.of());
		}

		List<String> keys() {
			return List.copyOf(fields.keySet());
		}
	}
}
