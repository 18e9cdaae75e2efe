package th.go.ita.measuretracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** One language per bundle, the same messages in both, and MessageFormat's quoting rule kept. */
class MessageBundlesTests {

	private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
	/** "(Log in)", "(no such measure)": an English phrase in brackets, the old way of adding English. */
	private static final Pattern ENGLISH_IN_BRACKETS = Pattern.compile("\\([A-Za-z][A-Za-z ,.'%]*[a-z] [A-Za-z ,.'%]+\\)");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
	/** An apostrophe that is not doubled: in a MessageFormat it quotes, and disappears. */
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void bothLanguagesHaveTheSameMessages() throws IOException {
		assertThat(bundle("messages_en.properties").keySet()).isEqualTo(bundle("messages.properties").keySet());
	}

	@Test
	void theThaiBundleIsThaiOnly() throws IOException {
		bundle("messages.properties").forEach((key, text) -> {
			assertThat(text).as(key).doesNotContain(" | ");
			assertThat(ENGLISH_IN_BRACKETS.matcher(text).find()).as(key + ": " + text).isFalse();
		});
	}

	@Test
	void theEnglishBundleIsEnglishOnlyBesidesTheWayBackToThai() throws IOException {
		bundle("messages_en.properties").forEach((key, text) -> {
			if (!key.equals("nav.language") && !key.equals("public.language")) {
				assertThat(THAI.matcher(text).find()).as(key + ": " + text).isFalse();
			}
		});
	}

	@Test
	void apostrophesAreWrittenAsMessageFormatReadsThem() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			bundle(file).forEach((key, text) -> {
				if (PLACEHOLDER.matcher(text).find()) {
					assertThat(LONE_APOSTROPHE.matcher(text).find()).as(file + " " + key + ": write '' for '").isFalse();
				}
				else {
					assertThat(text).as(file + " " + key + ": used as written, so ' stays single").doesNotContain("''");
				}
			});
		}
	}

	private static Map<String, String> bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> messages = new TreeMap<>();
		properties.forEach((key, value) -> messages.put((String) key, (String) value));
		return messages;
	}
}
