package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.BrowserPage;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.ProcessFixture;

/**
 * The plans page in a real browser (headless Chromium), as an admin of the office amends the plan: an upload with a
 * mistake shows it where the file has it, the corrected file shows what it changes, the amendment is confirmed
 * with the director's approval as its reason, and the measure's detail shows it. Screenshots land in target/e2e/.
 */
@AppTest
class PlansPageBrowserTests {

	@LocalServerPort int port;
	@Autowired ProcessFixture fixture;
	@Autowired EngineClock clock;
	@Autowired PlanImportService importer;
	@Autowired JdbcClient jdbc;

	private ChromeDriver browser;
	private BrowserPage page;
	private Path files;

	@BeforeEach
	void the2570PlanImported() throws IOException {
		fixture.freshStart();
		clock.set(LocalDateTime.of(2027, 4, 1, 9, 0));
		importer.importYaml(PlanAmendmentScenarios.PLAN, "admin");
		files = Files.createTempDirectory("plans");
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
	void anAdminSeesTheMistakeInlinePreviewsTheCorrectedPlanAndConfirmsTheAmendment() throws IOException {
		page.open("/plans");
		page.logIn("admin", "test-admin-secret");
		page.waitFor(By.id("upload-form"));

		upload("plan.yaml", PlanAmendmentScenarios.PLAN.replace("deadline: 2570-06-30", "deadline: 2570-13-31"));
		WebElement errors = page.waitFor(By.id("plan-errors"));
		assertThat(errors.findElement(By.cssSelector("tbody tr")).getText())
			.isEqualTo("บรรทัด 8 measures[1].deadline \"2570-13-31\" ไม่ใช่วันที่ พ.ศ. แบบ YYYY-MM-DD (เช่น 2567-05-31)");
		page.screenshot("plans-error");

		upload("plan.yaml", PlanAmendmentScenarios.PLAN.replace("deadline: 2570-06-30", "deadline: 2570-08-31"));
		WebElement preview = page.waitFor(By.id("plan-preview"));
		assertThat(preview.findElement(By.cssSelector("tr[data-measure='FY2570-M1']")).getText())
			.contains("กำหนดแล้วเสร็จ: 2570-06-30 → 2570-08-31");
		assertThat(jdbc.sql("select count(*) from plan_version").query(Long.class).single()).as("previewed only").isOne();
		page.screenshot("plans-preview");

		browser.findElement(By.name("amendmentReason")).sendKeys("ผู้อำนวยการอนุมัติขยายเวลา ตามหนังสือที่ 12/2570");
		browser.findElement(By.cssSelector("#confirm-form button[type=submit]")).click();
		assertThat(page.waitFor(By.id("plan-done")).getText()).isEqualTo("บันทึกการแก้ไขแผนของ สำนักงานทดสอบการแก้ไขแผน เป็นฉบับที่ 2 แล้ว");
		assertThat(browser.findElement(By.id("plan-versions")).getText()).contains("ผู้อำนวยการอนุมัติขยายเวลา");

		page.open("/status/measures/FY2570-M1");
		WebElement amendments = page.waitFor(By.id("amendments"));
		assertThat(amendments.getText()).contains("ฉบับที่ 2", "ผู้อำนวยการอนุมัติขยายเวลา ตามหนังสือที่ 12/2570",
				"กำหนดแล้วเสร็จ 2570-06-30 → 2570-08-31");
		page.screenshot("plans-amendment-in-detail");
		assertThat(HeadlessChromium.cspViolations(browser)).isEmpty();
	}

	private void upload(String name, String content) throws IOException {
		Path file = files.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		browser.findElement(By.cssSelector("#upload-form input[type=file]")).sendKeys(file.toString());
		browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
	}




}
