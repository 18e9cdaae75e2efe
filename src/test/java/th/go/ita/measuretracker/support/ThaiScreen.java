package th.go.ita.measuretracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a Thai reader sees on the screen open in a browser: the visible text (and the tooltips, where Tasklist puts
 * its absolute dates) must have no English word outside a short list of names and codes, and every year in it must
 * be of the Buddhist Era. On a phone, nothing may be wider than the screen.
 */
public final class ThaiScreen {

	/** Product and file-type names, codes (AA: the ITA grade), the glossary's "(tenant)" and the demo's user ids, which a Thai screen shows as they are. */
	private static final Set<String> NAMES = Set.of("Camunda", "Cockpit", "ITA", "FY", "PDF", "XLSX", "CSV", "YAML",
			"DOCX", "JPEG", "PNG", "Word", "Excel", "API", "REST", "ID", "AA", "tenant", "Laksaman", "somchai", "malee", "manager", "director", "admin",
			"directorate", "managers", "English", "Deutsch");

	private static final Pattern WORD = Pattern.compile("\\b[A-Za-z][A-Za-z']+\\b");

	/** A product's name, a mail address, a link, a business key or a time zone (Asia/Bangkok): not wording. */
	private static final Pattern NOT_WORDING = Pattern.compile("Camunda (Platform|Tasklist|Admin|Cockpit|Welcome)"
			+ "|\\S+@\\S+|https?://\\S+|\\b[A-Z]{2,}\\d{4}-\\S+|\\b[A-Z][a-z]+/[A-Z][A-Za-z_]+\\b");

	private static final Pattern CHRISTIAN_ERA_YEAR = Pattern.compile("(?<![\\d-])(19|20)\\d{2}(?![\\d-])");

	private static final Pattern BUDDHIST_ERA_YEAR = Pattern.compile("(?<!\\d)25[5-9]\\d(?!\\d)");

	private static final String VISIBLE_TEXT_AND_TOOLTIPS = """
			return document.body.innerText + '\\n' + [...document.querySelectorAll('[title]')]
			    .filter(e => e.offsetParent !== null).map(e => e.getAttribute('title')).join('\\n');""";

	private final WebDriver browser;

	public ThaiScreen(WebDriver browser) {
		this.browser = browser;
	}

	/** The screen speaks Thai only; {@code withDates}: it shows at least one date, whose year is B.E. */
	public void assertThai(String screen, boolean withDates) {
		String text = NOT_WORDING.matcher(text()).replaceAll(" ");
		assertThat(englishWords(text)).as("%s: English words on a Thai screen", screen).isEmpty();
		assertThat(matches(CHRISTIAN_ERA_YEAR, text)).as("%s: years of the Christian Era", screen).isEmpty();
		if (withDates) {
			assertThat(matches(BUDDHIST_ERA_YEAR, text)).as("%s: a date with its B.E. year", screen).isNotEmpty();
		}
	}

	/** Nothing on the page is wider than the window: no sideways scrolling. */
	public void assertFitsWidth(String screen, int width) {
		long pageWidth = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(pageWidth).as("%s: the page's width on a %d px screen", screen, width).isLessThanOrEqualTo(width);
	}

	private String text() {
		return (String) ((JavascriptExecutor) browser).executeScript(VISIBLE_TEXT_AND_TOOLTIPS);
	}

	static Set<String> englishWords(String text) {
		Set<String> words = new TreeSet<>(matches(WORD, text));
		words.removeAll(NAMES);
		return words;
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}
}
