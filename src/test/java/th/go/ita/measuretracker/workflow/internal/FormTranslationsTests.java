package th.go.ita.measuretracker.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One language per screen: each form of forms/ speaks Thai only, and forms/i18n/ gives every one of its texts in
 * English, for exactly the components the form has.
 */
class FormTranslationsTests {

	static final ObjectMapper JSON = new ObjectMapper();
	static final List<String> TEXTS = List.of("label", "text", "description", "dateLabel", "timeLabel");

	static Map<String, byte[]> forms = new TreeMap<>();
	static Map<String, JsonNode> english = new TreeMap<>();

	@BeforeAll
	static void readFormsAndTranslations() throws IOException {
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		for (Resource resource : resources.getResources(FormSchemas.LOCATION)) {
			try (InputStream in = resource.getInputStream()) {
				byte[] form = in.readAllBytes();
				forms.put(JSON.readTree(form).path("id").asText(), form);
			}
		}
		for (Resource resource : resources.getResources(FormTranslations.LOCATION)) {
			JsonNode translation = JSON.readTree(resource.getInputStream());
			assertThat(translation.path("language").asText()).as(resource.getFilename()).isEqualTo("en");
			english.put(translation.path("form").asText(), translation.path("components"));
		}
		assertThat(forms).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void everyFormHasEveryTextInEnglishAndNoTranslationNamesWhatTheFormLacks() throws IOException {
		assertThat(english.keySet()).isEqualTo(forms.keySet());
		for (String form : forms.keySet()) {
			List<String> inForm = texts(JSON.readTree(forms.get(form)));
			List<String> translated = new ArrayList<>();
			english.get(form).fields().forEachRemaining(component -> component.getValue().fields().forEachRemaining(
					text -> {
						if (text.getKey().equals("values")) {
							text.getValue().fieldNames()
								.forEachRemaining(value -> translated.add(component.getKey() + ".values." + value));
						}
						else {
							translated.add(component.getKey() + "." + text.getKey());
						}
					}));
			assertThat(translated).as(form).containsExactlyInAnyOrderElementsOf(inForm);
		}
	}

	@Test
	void theFormsAreThaiOnlyAndTheirTranslationsEnglishOnly() throws IOException {
		FormTranslations translations = FormTranslations.fromClasspath();
		for (String form : forms.keySet()) {
			String thai = String.join("\n", shown(JSON.readTree(forms.get(form))));
			// a placeholder such as {{measureTitle}}, a link's address and the names of file formats are not words of a
			// language
			String words = thai.replaceAll("\\{\\{\\w+}}", "").replaceAll("]\\([^)]*\\)", "]").replaceAll("<[^>]+>", "")
				.replaceAll("\\b(YAML|PDF|DOCX|Word|Excel)\\b", "");
			assertThat(words).as(form).doesNotContainPattern("[A-Za-z]");

			JsonNode inEnglish = JSON.readTree(translations.translate(forms.get(form), "en").orElseThrow());
			assertThat(String.join("\n", shown(inEnglish))).as(form).doesNotContainPattern("[\\u0E00-\\u0E7F]");
		}
	}

	@Test
	void aTranslationChangesTextsOnlyNeverKeysIdsValuesOrChecks() throws IOException {
		FormTranslations translations = FormTranslations.fromClasspath();
		for (String form : forms.keySet()) {
			JsonNode thai = JSON.readTree(forms.get(form));
			JsonNode inEnglish = JSON.readTree(translations.translate(forms.get(form), "en").orElseThrow());

			assertThat(withoutTexts(inEnglish)).as(form).isEqualTo(withoutTexts(thai));
			assertThat(FormSchemas.FormSchema.of(inEnglish)).isEqualTo(FormSchemas.FormSchema.of(thai));
		}
		assertThat(translations.translate(forms.get("Form_CompleteStep"), "de")).as("no German forms").isEmpty();
		assertThat(translations.translate("not json".getBytes(), "en")).isEmpty();
	}

	/** "Field_WhatDone.label", "Field_DraftDecision.values.IMPORT": every text a person reads on the form. */
	private static List<String> texts(JsonNode form) {
		List<String> texts = new ArrayList<>();
		for (JsonNode component : components(form)) {
			String id = component.path("id").asText();
			TEXTS.stream().filter(component::has).forEach(text -> texts.add(id + "." + text));
			component.path("values").forEach(value -> texts.add(id + ".values." + value.path("value").asText()));
		}
		return texts;
	}

	private static List<String> shown(JsonNode form) {
		List<String> shown = new ArrayList<>();
		for (JsonNode component : components(form)) {
			TEXTS.stream().filter(component::has).forEach(text -> shown.add(component.path(text).asText()));
			component.path("values").forEach(value -> shown.add(value.path("label").asText()));
		}
		return shown;
	}

	private static JsonNode withoutTexts(JsonNode form) {
		JsonNode copy = form.deepCopy();
		for (JsonNode component : components(copy)) {
			((ObjectNode) component).remove(TEXTS);
			component.path("values").forEach(value -> ((ObjectNode) value).remove("label"));
		}
		return copy;
	}

	private static List<JsonNode> components(JsonNode form) {
		List<JsonNode> all = new ArrayList<>();
		collect(form.path("components"), all);
		return all;
	}

	private static void collect(JsonNode components, List<JsonNode> all) {
		for (JsonNode component : components) {
			all.add(component);
			collect(component.path("components"), all);
		}
	}
}
