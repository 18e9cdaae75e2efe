package th.go.ita.measuretracker.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for browser tests. Without /usr/bin/chromium and /usr/bin/chromedriver the test is
 * skipped, except in CI (CI=true), where it fails. Every page it opens records the Content-Security-Policy
 * violations it meets, which {@link #cspViolations} returns.
 */
public final class HeadlessChromium {

	static final String CHROMIUM = "/usr/bin/chromium";
	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** Injected by the DevTools protocol before each page's own scripts: not subject to the page's policy. */
	private static final String RECORD_VIOLATIONS = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation',
			    e => window.cspViolations.push(e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile
			        + ':' + e.lineNumber));""";

	private HeadlessChromium() {
	}

	/** For tests of the PDFs the app prints with Chromium (typeset/ThaiPdf): ChromeDriver is not needed. */
	public static void assumePrinterInstalled() {
		boolean installed = new File(CHROMIUM).canExecute();
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs " + CHROMIUM + " to print PDFs (apt-get install chromium)");
		}
		assumeTrue(installed, "Chromium is not installed: apt-get install -y chromium");
	}

	public static ChromeDriver start() throws IOException {
		return start(Map.of());
	}

	/** @param prefs Chromium preferences beside the Thai language, e.g. where downloads go */
	public static ChromeDriver start(Map<String, Object> prefs) throws IOException {
		return start("th,th-TH,en", prefs);
	}

	/** A browser whose person reads English first, as Tasklist and the Accept-Language header then say. */
	public static ChromeDriver startInEnglish() throws IOException {
		return start("en-US,en", Map.of());
	}

	/** @param languages the browser's languages, first choice first (navigator.languages, Accept-Language) */
	private static ChromeDriver start(String languages, Map<String, Object> prefs) throws IOException {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
		}
		assumeTrue(installed, "Chromium is not installed: apt-get install -y chromium chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + languages.split(",")[0],
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		Map<String, Object> allPrefs = new HashMap<>(prefs);
		allPrefs.put("intl.accept_languages", languages);
		options.setExperimentalOption("prefs", allPrefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", "Asia/Bangkok"))
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
		return browser;
	}

	/** The policy violations of the page open now, e.g. "style-src-attr blocked inline at …". */
	@SuppressWarnings("unchecked")
	public static List<String> cspViolations(ChromeDriver browser) {
		return (List<String>) browser.executeScript("return window.cspViolations || []");
	}
}
