package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserPage;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * In a real browser (headless Chromium): a link with script in its query string runs nothing, and our pages, the
 * API documentation and Tasklist work under the Content-Security-Policy they are sent, on a phone too.
 */
@AppTest
class XssBrowserTests {

	/** Sets a flag if it ever runs; an alert would only stop the browser. */
	static final String SCRIPT = "<svg/onload=window.xssRan=true>";

	@LocalServerPort int port;
	@Autowired SeedScenario seed;

	private ChromeDriver browser;
	private BrowserPage page;

	@BeforeEach
	void seedPlanAndOpenTheBrowser() throws IOException {
		seed.seedPlanWithTwoGroupsAndAManager();
		browser = HeadlessChromium.start();
		page = new BrowserPage(browser, port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aLinkWithScriptInTheLanguageRunsNothingAndShowsTheStatusPage() {
		page.open("/status?fiscalYear=2567&lang=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8));
		page.logIn("admin", "test-admin-secret");
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/status?")
				&& "complete".equals(browser.executeScript("return document.readyState")));

		assertThat(browser.executeScript("return window.xssRan === true")).as("the injected handler ran").isEqualTo(false);
		page.waitFor(By.cssSelector("tr[data-key='FY2567-M1']"));
		assertThat(browser.findElements(By.cssSelector("svg[onload]"))).isEmpty();

		page.open("/status/measures/FY2567-M1?lang=" + URLEncoder.encode(SCRIPT, StandardCharsets.UTF_8));
		page.waitFor(By.tagName("h1"));
		assertThat(browser.executeScript("return window.xssRan === true")).isEqualTo(false);
	}

	@Test
	void theStatusPageRendersItsChartsAndTableUnderThePolicy() {
		page.open("/status?fiscalYear=2567");
		page.logIn("sudamanager", "sudamanager-secret");

		WebElement row = page.waitFor(By.cssSelector("tr[data-key='FY2567-M1']"));
		assertThat(row.findElement(By.cssSelector("td.steps")).getText()).isEqualTo("0/4");
		for (String chart : List.of("chart-states", "chart-groups", "chart-months")) {
			assertThat(browser.findElements(By.cssSelector("#" + chart + " rect"))).as(chart).isNotEmpty();
		}
		// the stylesheet applied: the state badges have their colours
		assertThat(browser.findElement(By.cssSelector("#measures .badge")).getCssValue("background-color"))
			.isNotEqualTo("rgba(0, 0, 0, 0)");
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();

		page.open("/status/measures/FY2567-M1");
		page.waitFor(By.tagName("h1"));
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();
	}

	/** A 390 px wide phone: nothing wider than the screen, and our own Thai font in use. */
	@Test
	void theLoginStatusAndMeasurePagesFitAPhoneWithoutSidewaysScrolling() {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
		page.open("/status");
		page.waitFor(By.name("username"));
		assertThat(pageWidth()).as("the login page's width").isLessThanOrEqualTo(390);
		page.logIn("sudamanager", "sudamanager-secret");

		page.waitFor(By.cssSelector("tr[data-key='FY2567-M1']"));
		assertThat(pageWidth()).as("the status page's width").isLessThanOrEqualTo(390);
		assertThat(browser.findElement(By.cssSelector("#measures thead")).getSize().getWidth())
			.as("the measures are cards with labelled lines, not columns").isLessThanOrEqualTo(1);
		assertThat(browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "document.fonts.ready.then(() => done([...document.fonts].some("
				+ "font => font.family.replaceAll('\"', '') === 'Laksaman' && font.status === 'loaded')))"))
			.as("the Thai web font loaded").isEqualTo(true);

		page.open("/status/measures/FY2567-M1");
		page.waitFor(By.cssSelector("#steps"));
		assertThat(pageWidth()).as("the measure page's width").isLessThanOrEqualTo(390);
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();
	}

	private long pageWidth() {
		return (Long) browser.executeScript("return document.documentElement.scrollWidth");
	}

	@Test
	void theApiDocumentationAndTasklistWorkUnderTheirPolicies() {
		page.open("/swagger-ui/index.html");
		page.logIn("admin", "test-admin-secret");

		page.waitFor(By.cssSelector(".swagger-ui .info .title"));
		page.waitFor(By.cssSelector(".swagger-ui .opblock"));
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();

		page.open("/camunda/app/tasklist/default/");
		page.waitFor(By.xpath("//*[contains(@class,'task-filter')][contains(normalize-space(.), '"
				+ RoleAuthorizations.MY_GROUP_TASKS + "')]"));
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();
	}



}
