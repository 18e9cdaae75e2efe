package th.go.ita.measuretracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Thai files for the Camunda webapps against the English ones of the Camunda webjar on the classpath, key by key.
 * A string Camunda adds on an upgrade would otherwise show in English on a Thai screen without anyone noticing.
 */
class WebappTranslationsTests {

	private static final String WEBJAR = "camunda-webapp-webjar";

	/** Strings that stay as they are in English: product names and comparison signs. */
	private static final Set<String> KEPT_AS_IN_ENGLISH = Set.of("APP_VENDOR", "COCKPIT", "COCKPIT_APP",
			"SEARCH_LESS_THAN", "SEARCH_LESS_THAN_EQUALS", "SEARCH_GREATER_THAN", "SEARCH_GREATER_THAN_EQUALS",
			"AUTHORIZATION_OPTIMIZE");

	/** The names moment.js shows: every one must be Thai. */
	private static final Set<String> THAI_DATE_WORDS = Set.of("months", "monthsShort", "weekdays", "weekdaysShort",
			"weekdaysMin", "relativeTime");

	private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");

	/** Real HTML in a label (a link, a line break); "<null>" is text, not a tag. */
	private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "admin", "welcome" })
	void everyEnglishLabelHasAThaiOneAndNoOther(String app) throws IOException {
		JsonNode en = english(app).get("labels");
		JsonNode th = thai(app).get("labels");

		Set<String> missing = difference(names(en), names(th));
		Set<String> extra = difference(names(th), names(en));
		assertSoftly(softly -> {
			softly.assertThat(missing).as("%s: labels in Camunda's en.json without a Thai one", app).isEmpty();
			softly.assertThat(extra).as("%s: labels in th.json that Camunda's en.json does not have", app).isEmpty();
		});
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "admin", "welcome" })
	void everyLabelIsThaiAndKeepsPlaceholdersAndLinks(String app) throws IOException {
		JsonNode en = english(app).get("labels");
		JsonNode th = thai(app).get("labels");
		List<String> wrong = new ArrayList<>();

		for (String key : names(en)) {
			JsonNode thai = th.get(key);
			if (thai == null) {
				continue; // reported by the key test
			}
			String english = en.get(key).asText();
			String problem = problem(key, english, thai);
			if (problem != null) {
				wrong.add(key + ": " + problem + " — \"" + thai.asText() + "\"");
			}
		}
		assertThat(wrong).as("%s: labels of th.json", app).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "admin", "welcome" })
	void datesAreWrittenWithThaiNames(String app) throws IOException {
		JsonNode en = english(app).get("dateLocales");
		JsonNode th = thai(app).get("dateLocales");
		if (en == null) {
			assertThat(th).as("%s: Camunda's en.json has no dateLocales, so th.json should have none", app).isNull();
			return;
		}
		assertThat(th).as("%s: dateLocales of th.json", app).isNotNull();
		assertThat(paths(th, "")).as("%s: the keys of dateLocales", app).isEqualTo(paths(en, ""));

		List<String> wrong = new ArrayList<>();
		for (String part : THAI_DATE_WORDS) {
			th.get(part).forEach(word -> {
				if (!THAI.matcher(word.asText()).find()) {
					wrong.add(part + ": " + word.asText());
				}
			});
		}
		en.get("relativeTime").fieldNames().forEachRemaining(key -> {
			if (!placeholders(en.get("relativeTime").get(key).asText())
				.equals(placeholders(th.get("relativeTime").get(key).asText()))) {
				wrong.add("relativeTime." + key + ": lost its %s or %d");
			}
		});
		assertThat(wrong).as("%s: date words that are not Thai or lost a placeholder", app).isEmpty();
		assertThat(th.get("monthsShort").get(4).asText()).as("May, as Thai offices abbreviate it").isEqualTo("พ.ค.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "tasklist", "admin", "welcome" })
	void thaiIsOfferedToTheBrowser(String app) throws IOException {
		String config = read(resource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js",
				url -> !url.contains(WEBJAR), app + ": our scripts/config.js"));

		assertThat(config).as("%s: config.js must list 'th' in locales.availableLocales, or th.json is never loaded",
				app).containsPattern("availableLocales:\\s*\\[[^\\]]*'th'");
	}

	private static String problem(String key, String english, JsonNode thai) {
		if (!thai.isTextual()) {
			return "not a string";
		}
		String text = thai.asText();
		if (KEPT_AS_IN_ENGLISH.contains(key)) {
			return text.equals(english) ? null : "should stay \"" + english + "\"";
		}
		if (english.isEmpty()) {
			return text.isEmpty() ? null : "Camunda leaves it empty";
		}
		if (!THAI.matcher(text).find()) {
			return "no Thai";
		}
		if (!placeholders(english).equals(placeholders(text))) {
			return "placeholders differ from " + placeholders(english);
		}
		if (!all(HTML_TAG, english).equals(all(HTML_TAG, text))) {
			return "HTML differs from " + all(HTML_TAG, english);
		}
		return null;
	}

	private JsonNode english(String app) throws IOException {
		String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
		return parse(resource(path, url -> url.contains(WEBJAR), "Camunda's " + path));
	}

	private JsonNode thai(String app) throws IOException {
		String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/th.json";
		return parse(resource(path, url -> !url.contains(WEBJAR), "our " + path));
	}

	/** From the bytes, so that Jackson skips the byte-order mark Camunda's files start with. */
	private JsonNode parse(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return json.readTree(in);
		}
	}

	/** The webjar and our resources share paths, so pick the copy by where it comes from. */
	private static URL resource(String path, Predicate<String> from, String what) throws IOException {
		for (URL url : Collections.list(WebappTranslationsTests.class.getClassLoader().getResources(path))) {
			if (from.test(url.toString())) {
				return url;
			}
		}
		return fail("%s is not on the classpath", what);
	}

	private static String read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Set<String> names(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	/** Every object key as a dotted path, and every array with its length. */
	private static Set<String> paths(JsonNode node, String prefix) {
		Set<String> paths = new TreeSet<>();
		if (node.isArray()) {
			paths.add(prefix + "[" + node.size() + "]");
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String path = prefix + field.getKey();
			paths.add(path);
			paths.addAll(paths(field.getValue(), path + "."));
		}
		return paths;
	}

	private static List<String> placeholders(String text) {
		return all(PLACEHOLDER, text);
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		Collections.sort(found);
		return found;
	}
}
