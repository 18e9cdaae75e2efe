package th.go.ita.measuretracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * Tasklist as a person reads it, in a real browser (headless Chromium): in Thai, dates in the Buddhist Era, relative
 * times in Thai, no vendor banner, the step's form in Thai only (its checks' messages too) and taking a B.E. date
 * that the engine stores ISO; in an English browser, the Christian Era and the form in English.
 */
@AppTest
class TasklistLanguageBrowserTests {

	static final String FIRST_STEP = "เปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการดำเนินการตามภารกิจของหน่วยงาน";
	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired TaskService tasks;
	@Autowired HistoryService history;

	private ChromeDriver browser;
	private Task step;

	@BeforeEach
	void seedPlan() {
		seed.seedPlanWithTwoGroupsAndAManager();
		step = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void inThaiTheDueDateIsBuddhistEraThereIsNoBannerAndTheStepFormTakesABuddhistEraDate() throws IOException {
		browser = HeadlessChromium.start();
		openTasklistAs("somchai");

		WebElement due = waitFor(By.xpath(taskInList() + "//*[contains(@class,'due-date')]"));
		assertThat(due.getText()).as("relative time in Thai").contains("ที่แล้ว");
		int dueYear = step.getDueDate().toInstant().atZone(BANGKOK).getYear();
		String buddhistYear = String.valueOf(
				ThaiBuddhistDate.from(step.getDueDate().toInstant().atZone(BANGKOK).toLocalDate()).get(ChronoField.YEAR));
		assertThat(tooltipOf(due.findElement(By.cssSelector("[am-time-ago]"))))
			.contains(buddhistYear)
			.doesNotContain(String.valueOf(dueYear));
		assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("It is time to migrate");

		waitFor(By.xpath(taskInList() + "//a")).click();
		waitFor(By.xpath("//button[contains(normalize-space(.), 'รับงาน')]")).click();
		// claiming re-renders the form; typing before that would be wiped, so wait for the claimed state first
		waitFor(By.xpath("//button[contains(normalize-space(.), 'ส่งงาน')]"));
		String form = waitFor(By.cssSelector(".fjs-form")).getText();
		assertThat(form).contains("สิ่งที่ดำเนินการ", "วันที่ดำเนินการแล้วเสร็จ", "31/05/2567", "กด ส่งงาน");
		// the names of file formats (the evidence link: PDF, Word, Excel) are not words of a language
		assertThat(form.replaceAll("\\b(PDF|Word|Excel)\\b", "")).as("Thai only").doesNotContainPattern("[A-Za-z]{2,}");

		// form-js checks in the browser too, and says so in Thai
		waitFor(By.cssSelector(".fjs-form textarea")).sendKeys("x", Keys.BACK_SPACE, Keys.TAB);
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBe(By.cssSelector(".fjs-form-field-error"), "กรุณากรอกช่องนี้"));

		type(By.cssSelector(".fjs-form textarea"), "เปิดช่องทางรับฟังความคิดเห็นแล้ว");
		type(By.cssSelector(".fjs-form input[type=text]"), "20/05/2567");
		WebElement complete = waitFor(By.xpath("//button[contains(normalize-space(.), 'ส่งงาน')]"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
		complete.click();

		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(driver -> tasks.createTaskQuery().taskId(step.getId()).count() == 0);
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(step.getProcessInstanceId())
			.variableName("dateDone")
			.singleResult()
			.getValue()).isEqualTo("2024-05-20");
	}

	@Test
	void inAnEnglishBrowserDatesAreChristianEraAndTheStepFormIsInEnglish() throws IOException {
		browser = HeadlessChromium.startInEnglish();
		openTasklistAs("somchai");

		WebElement due = waitFor(By.xpath(taskInList() + "//*[contains(@class,'due-date')]"));
		assertThat(due.getText()).contains("ago");
		int dueYear = step.getDueDate().toInstant().atZone(BANGKOK).getYear();
		assertThat(tooltipOf(due.findElement(By.cssSelector("[am-time-ago]")))).contains(String.valueOf(dueYear));

		waitFor(By.xpath(taskInList() + "//a")).click();
		String form = waitFor(By.cssSelector(".fjs-form")).getText();
		assertThat(form).contains("What was done", "Date done", "31/05/2567", "press Complete")
			.as("English only").doesNotContainPattern("[\\u0E00-\\u0E7F]");
	}

	private void openTasklistAs(String user) {
		browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
		waitFor(By.name("username")).sendKeys(user);
		browser.findElement(By.name("password")).sendKeys(user + "-secret");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	private static String taskInList() {
		return "//li[contains(@class,'task')][.//*[contains(normalize-space(.), '" + FIRST_STEP + "')]]";
	}

	/** Tasklist shows the absolute date when the pointer rests on the relative one. */
	private String tooltipOf(WebElement element) {
		new Actions(browser).moveToElement(element).perform();
		return waitFor(By.cssSelector(".tooltip .tooltip-inner")).getText();
	}

	private void type(By field, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
			WebElement input = driver.findElement(field);
			if (!text.equals(input.getDomProperty("value"))) {
				input.clear();
				input.sendKeys(text, Keys.TAB);
			}
			return text.equals(input.getDomProperty("value"));
		});
	}

	private WebElement waitFor(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}
}
