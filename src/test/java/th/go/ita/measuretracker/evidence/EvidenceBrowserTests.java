package th.go.ita.measuretracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserPage;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * The way a group member attaches evidence, in a real browser (headless Chromium): in Tasklist they open their step,
 * follow the form's link to the evidence page in a new tab, attach a signed memo (PDF) and a photo, go back to the
 * task and complete it; a manager then finds both files on the measure's detail and downloads the memo intact.
 * Screenshots go to target/e2e/evidence-*.png.
 */
@AppTest
class EvidenceBrowserTests {

	static final String FIRST_STEP = "เปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการดำเนินการตามภารกิจของหน่วยงาน";
	static final String SECOND_STEP = "มีช่องทางให้บุคคลภายนอกสามารถเข้ามามีส่วนร่วม";
	static final String MEMO = "บันทึกข้อความขออนุมัติ.pdf";
	static final String PHOTO = "ภาพการประชุม.png";
	static final Path SHOTS = Path.of("target/e2e");

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired JdbcClient jdbc;

	private ChromeDriver browser;
	private BrowserPage page;
	private Path downloads;
	private Path files;

	@BeforeEach
	void seedPlanAndOpenTheBrowser() throws IOException {
		seed.seedPlanWithTwoGroupsAndAManager();
		Files.createDirectories(SHOTS);
		downloads = Files.createTempDirectory("evidence-downloads");
		files = Files.createTempDirectory("evidence-files");
		browser = HeadlessChromium.start(Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		page = new BrowserPage(browser, port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aMemberAttachesAMemoAndAPhotoInTasklistCompletesTheStepAndAManagerDownloadsTheMemo() throws Exception {
		byte[] memo = SampleFiles.pdf(300_000);
		Path memoFile = Files.write(files.resolve(MEMO), memo);
		Path photoFile = Files.write(files.resolve(PHOTO), SampleFiles.png(800, 600));

		page.open("/camunda/app/tasklist/default/");
		page.logIn("somchai", "somchai-secret");
		page.waitFor(By.xpath("//li[contains(@class,'task')][.//*[contains(normalize-space(.), '" + FIRST_STEP + "')]]//a")).click();
		page.waitFor(By.xpath("//button[contains(normalize-space(.), 'รับงาน')]")).click();
		page.waitFor(By.xpath("//button[contains(normalize-space(.), 'ส่งงาน')]"));
		WebElement attachLink = page.waitFor(By.cssSelector(".fjs-form a[target=_blank][href^='/evidence/step/']"));
		String tasklist = browser.getWindowHandle();
		scrollTo(attachLink);
		page.screenshot("evidence-0-tasklist-form");
		attachLink.click();

		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getWindowHandles().size() == 2);
		browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().orElseThrow());
		page.waitFor(By.cssSelector("form#evidence-upload input[type=file]"))
			.sendKeys(memoFile.toString() + "\n" + photoFile.toString());
		browser.findElement(By.cssSelector("form#evidence-upload button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "1".equals(d.findElement(By.id("evidence")).getDomAttribute("data-done")));
		assertThat(browser.findElements(By.cssSelector("#evidence-results li"))).extracting(e -> e.getDomAttribute("data-reason"))
			.containsExactly("OK", "OK");
		assertThat(browser.findElements(By.cssSelector("#evidence-files a.file"))).extracting(WebElement::getText)
			.containsExactly(MEMO, PHOTO);
		assertThat(browser.findElement(By.id("back-to-task")).getDomAttribute("href")).contains("/camunda/app/tasklist/default/#/?task=");
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();
		page.screenshot("evidence-1-attached");
		browser.close();
		browser.switchTo().window(tasklist);

		fillAndComplete();
		page.waitFor(By.xpath("//li[contains(@class,'task')]//*[contains(normalize-space(.), '" + SECOND_STEP + "')]"));

		browser.manage().deleteAllCookies();
		page.open("/status/measures/FY2567-M1");
		page.logIn("sudamanager", "sudamanager-secret");
		WebElement step = page.waitFor(By.cssSelector("#steps tbody tr"));
		assertThat(step.findElements(By.cssSelector("td.evidence a.file"))).extracting(WebElement::getText)
			.containsExactly(MEMO, PHOTO);
		WebElement thumbnail = step.findElement(By.cssSelector("td.evidence img.thumb"));
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) ((JavascriptExecutor) d)
			.executeScript("return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();
		page.screenshot("evidence-2-measure-detail");
		step.findElement(By.linkText(MEMO)).click();

		Path downloaded = BrowserPage.waitForDownload(downloads, MEMO::equals);
		assertThat(SampleFiles.sha256(Files.readAllBytes(downloaded))).isEqualTo(SampleFiles.sha256(memo))
			.isEqualTo(jdbc.sql("select sha256 from evidence_file where file_name = ?").param(MEMO).query(String.class).single());
	}

	/** What was done and when, then "ส่งงาน", as NewcomerJourneyE2ETest does it. */
	private void fillAndComplete() {
		String report = "เปิดช่องทางรับฟังความคิดเห็นแล้ว แนบบันทึกและภาพการประชุม";
		page.typeUntilHeld(By.cssSelector(".fjs-form textarea"), report);
		browser.findElement(By.cssSelector(".fjs-form input[type=text]"))
			.sendKeys("20/05/2567", Keys.TAB);
		scrollTo(page.waitFor(By.xpath("//button[contains(normalize-space(.), 'ส่งงาน')]"))).click();
	}

	private WebElement scrollTo(WebElement element) {
		// Tasklist's fixed footer covers the bottom of the form until the element is in the middle
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		return element;
	}





}
