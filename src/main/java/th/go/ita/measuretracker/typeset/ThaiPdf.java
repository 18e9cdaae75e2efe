package th.go.ita.measuretracker.typeset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a Thymeleaf template (HTML in Thai, see templates/typeset/page.html) to an A4 PDF with headless Chromium.
 * Each PDF gets a Chromium process of its own (about a second): no browser is kept running between downloads, and
 * a crash spoils one download only. The page loads nothing from the network: its own policy allows only inline
 * style and the fonts beside it, and every text in it is escaped by Thymeleaf.
 */
@Component
@EnableConfigurationProperties(ChromiumSettings.class)
public class ThaiPdf {

	static final Locale THAI = Locale.forLanguageTag("th");
	private static final List<String> FONTS = List.of("Laksaman.ttf", "Laksaman-Bold.ttf");
	private static final Logger log = LoggerFactory.getLogger(ThaiPdf.class);

	private final ChromiumSettings settings;
	private final ITemplateEngine templates;
	private final Semaphore printers;
	private Path workDir;

	ThaiPdf(ChromiumSettings settings, ITemplateEngine templates) {
		this.settings = settings;
		this.templates = templates;
		this.printers = new Semaphore(Math.max(1, settings.concurrent()));
	}

	/**
	 * @param template a template under templates/ that includes {@code typeset/page :: head}
	 * @throws PdfUnavailableException when Chromium is missing, fails or takes too long
	 */
	public byte[] print(String template, Map<String, Object> variables) {
		return printHtml(templates.process(template, new Context(THAI, variables)));
	}

	/** Says at start-up, not at the first download, that PDFs will not work here. */
	@EventListener(ApplicationReadyEvent.class)
	void warnIfChromiumIsMissing() {
		if (!Files.isExecutable(settings.chromium())) {
			log.warn(missing());
		}
	}

	byte[] printHtml(String html) {
		if (!Files.isExecutable(settings.chromium())) {
			throw new PdfUnavailableException(missing());
		}
		String name = UUID.randomUUID().toString();
		Path dir = workDir();
		Path page = dir.resolve(name + ".html");
		Path pdf = dir.resolve(name + ".pdf");
		Path output = dir.resolve(name + ".log");
		Path profile = dir.resolve(name + ".profile");
		try {
			Files.writeString(page, html, StandardCharsets.UTF_8);
			if (!printers.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new PdfUnavailableException("เครื่องพิมพ์ PDF ทุกตัวไม่ว่างนานเกิน " + settings.timeout().toSeconds()
						+ " วินาที กรุณาลองใหม่");
			}
			try {
				run(page, pdf, output, profile);
			}
			finally {
				printers.release();
			}
			return Files.readAllBytes(pdf);
		}
		catch (IOException ex) {
			throw new PdfUnavailableException("Chromium เขียนไฟล์ PDF ไม่ได้: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdfUnavailableException("การสร้าง PDF ถูกยกเลิก", ex);
		}
		finally {
			delete(page, pdf, output, profile);
		}
	}

	private void run(Path page, Path pdf, Path output, Path profile) throws IOException, InterruptedException {
		ProcessBuilder chromium = new ProcessBuilder(settings.chromium().toString(), "--headless=new",
				// the page is our own escaped HTML and may load nothing (its policy); the sandbox needs user
				// namespaces that containers and root do not have
				"--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
				"--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-breakpad", "--no-pdf-header-footer", "--user-data-dir=" + profile, "--print-to-pdf=" + pdf,
				page.toUri().toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		chromium.environment().put("HOME", profile.toString());
		chromium.environment().put("TZ", "Asia/Bangkok");
		Process process = chromium.start();
		if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new PdfUnavailableException("Chromium พิมพ์ PDF ไม่เสร็จใน " + settings.timeout().toSeconds() + " วินาที");
		}
		if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
			String said = Files.exists(output) ? tail(Files.readString(output, StandardCharsets.UTF_8)) : "";
			throw new PdfUnavailableException("Chromium พิมพ์ PDF ไม่สำเร็จ (exit " + process.exitValue() + "): " + said);
		}
	}

	private String missing() {
		return "สร้าง PDF ไม่ได้: ไม่พบ Chromium ที่ " + settings.chromium()
				+ " — ติดตั้งด้วย apt-get install chromium หรือกำหนดที่อยู่ใน CHROMIUM_PATH (measure-tracker.pdf.chromium)";
	}

	/** One directory for every print, with the fonts the pages name beside them (url(Laksaman.ttf)). */
	private synchronized Path workDir() {
		try {
			if (workDir == null || !Files.isDirectory(workDir)) {
				workDir = Files.createTempDirectory("measure-tracker-pdf-");
			}
			for (String font : FONTS) {
				Path copy = workDir.resolve(font);
				if (!Files.exists(copy)) {
					try (InputStream in = new ClassPathResource("fonts/" + font).getInputStream()) {
						Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
			return workDir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare the PDF work directory", ex);
		}
	}

	/** Chromium's last words, without the D-Bus complaints every headless start makes. */
	private static String tail(String said) {
		List<String> lines = said.lines().filter(line -> !line.contains("dbus")).toList();
		return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
	}

	private static void delete(Path... paths) {
		for (Path path : paths) {
			if (!Files.exists(path)) {
				continue;
			}
			try (Stream<Path> tree = Files.walk(path)) {
				tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException | UncheckedIOException ex) {
				log.debug("could not delete {}", path, ex);
			}
		}
	}
}
