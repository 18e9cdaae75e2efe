package th.go.ita.measuretracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.BrowserPage;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.ThaiScreen;

/**
 * A newcomer's first run, in a real browser (Debian's headless Chromium): the embedded default with the seed plan,
 * a group member completes a step in Tasklist through its Camunda Form, a manager sees it counted on the status
 * view and downloads the XLSX. Every screen on the way (login, Tasklist's list and form, status, measure page,
 * Admin's users) is read as a Thai browser shows it, on a desktop and on a 390 px phone: Thai words only, years of
 * the Buddhist Era, and on the phone no sideways scrolling. Screenshots of each stage go to target/e2e/ (README's
 * come from there). Needs /usr/bin/chromium and /usr/bin/chromedriver (`.ci/run` installs them); without them it is
 * skipped, except in CI, where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1", "measure-tracker.mail.sender-enabled=false" })
class NewcomerJourneyE2ETest {

	static final String FIRST_STEP = "เปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการดำเนินการตามภารกิจของหน่วยงาน";
	static final String SECOND_STEP = "มีช่องทางให้บุคคลภายนอกสามารถเข้ามามีส่วนร่วม";
	static final Path SHOTS = Path.of("target/e2e");

	@LocalServerPort int port;

	static final int PHONE_WIDTH = 390;

	private WebDriver browser;
	private BrowserPage page;
	private ThaiScreen screen;
	private Path downloads;
	private String shotPrefix = "";
	private boolean phone;

	@BeforeEach
	void headlessChromiumInThai() throws IOException {
		Files.createDirectories(SHOTS);
		Files.deleteIfExists(SHOTS.resolve("failed-waiting.png"));
		downloads = Files.createTempDirectory("e2e-downloads");
		browser = HeadlessChromium.start(Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		page = new BrowserPage(browser, port);
		screen = new ThaiScreen(browser);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aGroupMemberCompletesAStepAndAManagerSeesItCountedAndDownloadsIt() throws Exception {
		page.open("/camunda/app/tasklist/default/");
		page.waitFor(By.name("username"));
		read("0-login", false);
		page.logIn("somchai", "demo");
		WebElement task = page.waitFor(By.xpath("//li[contains(@class,'task')][.//*[contains(normalize-space(.), '" + FIRST_STEP
				+ "')]]//a"));
		read("1-tasklist", false);
		task.click();

		WebElement claim = page.waitFor(By.xpath("//button[contains(normalize-space(.), 'รับงาน')]"));
		claim.click();
		// claiming re-renders the form; typing before that would be wiped, so wait for the claimed state first
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//button[contains(normalize-space(.), 'ส่งงาน')]")));
		String report = "เปิดช่องทางรับฟังความคิดเห็นจากผู้รับบริการบนเว็บไซต์แล้ว";
		page.typeUntilHeld(By.cssSelector(".fjs-form textarea"), report);
		// the date done is typed as Thai readers write it, day/month/year of the Buddhist Era
		browser.findElement(By.cssSelector(".fjs-form input[type=text]")).sendKeys("20/05/2567", Keys.TAB);
		read("2-tasklist-form", false);
		WebElement complete = page.waitFor(By.xpath("//button[contains(normalize-space(.), 'ส่งงาน')]"));
		// the button sits under Tasklist's fixed footer until it is scrolled into the middle
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
		complete.click();
		// the measure moves on: its second step is now the group's task
		page.waitFor(By.xpath("//li[contains(@class,'task')]//*[contains(normalize-space(.), '" + SECOND_STEP + "')]"));
		page.screenshot("3-step-completed");

		browser.manage().deleteAllCookies();
		page.open("/status?fiscalYear=2567");
		page.logIn("manager", "demo");
		WebElement row = page.waitFor(By.cssSelector("tr[data-key='FY2567-M1']"));
		assertThat(row.findElement(By.cssSelector("td.steps")).getText()).isEqualTo("1/4");
		read("4-status-view", true);

		browser.findElement(By.id("export-xlsx")).click();
		Path xlsx = BrowserPage.waitForDownload(downloads, name -> name.endsWith(".xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row m1 = sheet.getRow(1).getCell(0).getStringCellValue().equals("FY2567-M1") ? sheet.getRow(1) : sheet.getRow(2);
			assertThat(m1.getCell(0).getStringCellValue()).isEqualTo("FY2567-M1");
			assertThat(m1.getCell(4).getStringCellValue()).isEqualTo("1/4");
		}

		readTheMeasurePageAndAdminsUsers();
	}

	@Test
	void onAPhoneEveryScreenFitsAndSpeaksThai() {
		phone = true;
		shotPrefix = "phone-";
		((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		page.open("/camunda/app/tasklist/default/");
		page.waitFor(By.name("username"));
		read("0-login", false);
		page.logIn("malee", "demo");
		page.waitFor(By.cssSelector("li.task a")).click();
		page.waitFor(By.cssSelector(".fjs-form"));
		read("1-tasklist-form", false);

		browser.manage().deleteAllCookies();
		page.open("/status");
		page.logIn("manager", "demo");
		page.waitFor(By.cssSelector("tr[data-key='FY2567-M1']"));
		read("2-status-view", true);
		readTheMeasurePageAndAdminsUsers();
	}

	/** Logged in as a manager: the measure page; then Admin's list of users, as the administrator. */
	private void readTheMeasurePageAndAdminsUsers() {
		page.open("/status/measures/FY2567-M1");
		page.waitFor(By.cssSelector("#steps"));
		read("5-measure", true);

		browser.manage().deleteAllCookies();
		page.open("/camunda/app/admin/default/");
		page.logIn("admin", "demo");
		page.waitFor(By.cssSelector("[cam-widget-header]"));
		page.open("/camunda/app/admin/default/#/users");
		page.waitFor(By.xpath("//table//a[contains(normalize-space(.), 'somchai')]"));
		read("6-admin-users", false);
	}

	/** A screen as a Thai reader sees it, kept as a screenshot. */
	private void read(String name, boolean withDates) {
		page.screenshot(shotPrefix + name);
		screen.assertThai(shotPrefix + name, withDates);
		if (phone) {
			screen.assertFitsWidth(shotPrefix + name, PHONE_WIDTH);
		}
	}





}
