package th.go.ita.measuretracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test does with the app on its random port: open a path, log in on our login page, wait for an
 * element (a screenshot target/e2e/failed-waiting.png when it never comes), keep screenshots, wait for a download.
 */
public final class BrowserPage {

	public static final Path SHOTS = Path.of("target", "e2e");

	private final WebDriver browser;
	private final int port;

	public BrowserPage(WebDriver browser, int port) {
		this.browser = browser;
		this.port = port;
	}

	public void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	public void logIn(String user, String password) {
		waitFor(By.name("username")).sendKeys(user);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	/** The element once it can be clicked, within 30 s. */
	public WebElement waitFor(By locator) {
		try {
			return new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.elementToBeClickable(locator));
		}
		catch (RuntimeException ex) {
			screenshot("failed-waiting");
			throw ex;
		}
	}

	/** Types {@code text} into the field until it holds it: Tasklist may re-render a form and wipe what was typed. */
	public void typeUntilHeld(By field, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
			WebElement input = driver.findElement(field);
			if (!text.equals(input.getDomProperty("value"))) {
				input.clear();
				input.sendKeys(text);
			}
			return text.equals(input.getDomProperty("value"));
		});
	}

	public void screenshot(String name) {
		try {
			Files.createDirectories(SHOTS);
			Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first file in {@code directory} whose name passes {@code done}, within 20 s. */
	public static Path waitForDownload(Path directory, Predicate<String> done) throws InterruptedException, IOException {
		for (int i = 0; i < 100; i++) {
			try (var files = Files.list(directory)) {
				List<Path> found = files.filter(f -> done.test(f.getFileName().toString())).toList();
				if (!found.isEmpty()) {
					return found.get(0);
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("nothing was downloaded to " + directory);
	}
}
