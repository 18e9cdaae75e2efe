package th.go.ita.measuretracker.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Camunda Forms in a language other than Thai. The .form files speak Thai only; {@code forms/i18n/*.json} gives,
 * for one form and one language, the texts of each component by its id, and the labels of choice values by value.
 * Only texts are replaced: keys, ids, values and validation stay exactly those deployed, so the task guard's view of
 * a form does not depend on the language it was shown in.
 */
final class FormTranslations {

	static final String LOCATION = "classpath*:forms/i18n/*.json";

	/** The properties of a form-js component a person reads. */
	private static final Set<String> TEXTS = Set.of("label", "text", "description", "dateLabel", "timeLabel");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** By form id and language, e.g. "Form_CompleteStep/en": the texts by component id. */
	private final Map<String, JsonNode> texts;

	private FormTranslations(Map<String, JsonNode> texts) {
		this.texts = Map.copyOf(texts);
	}

	static FormTranslations fromClasspath() {
		Map<String, JsonNode> texts = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					JsonNode translation = JSON.readTree(in);
					texts.put(translation.path("form").asText() + "/" + translation.path("language").asText(),
							translation.path("components"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the form translations in " + LOCATION, ex);
		}
		return new FormTranslations(texts);
	}

	/** @return the form (a deployed .form file) with its texts in {@code language}; empty when it has none */
	Optional<byte[]> translate(byte[] form, String language) {
		JsonNode schema;
		try {
			schema = JSON.readTree(form);
		}
		catch (IOException notJson) {
			return Optional.empty();
		}
		JsonNode byId = schema == null ? null : texts.get(schema.path("id").asText() + "/" + language);
		if (byId == null) {
			return Optional.empty();
		}
		apply(schema.path("components"), byId);
		try {
			return Optional.of(JSON.writeValueAsBytes(schema));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void apply(JsonNode components, JsonNode byId) {
		for (JsonNode component : components) {
			apply(component.path("components"), byId);
			JsonNode translated = byId.path(component.path("id").asText());
			for (String text : TEXTS) {
				if (component.has(text) && translated.has(text)) {
					((ObjectNode) component).set(text, translated.get(text));
				}
			}
			for (JsonNode value : component.path("values")) {
				JsonNode label = translated.path("values").path(value.path("value").asText());
				if (label.isTextual()) {
					((ObjectNode) value).set("label", label);
				}
			}
		}
	}
}
