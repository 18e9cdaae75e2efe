package th.go.ita.measuretracker.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.SeedScenario;
import th.go.ita.measuretracker.support.ThaiPdfText;

/** Thai in the PDFs the app prints: lines broken only between words, tone marks where a Thai reader expects them. */
class ThaiPdfTests {

	/** The seed plan's own words, and words whose tone marks sit low (ผู้, ต้อง) or high (ที่, นั้น). */
	static final List<String> TEXTS = List.of(
			"มาตรการเพิ่มประสิทธิภาพการดำเนินงานและการสื่อสารกับบุคลากรภายนอกองค์กร (ผู้รับบริการ)",
			"เปิดโอกาสให้บุคคลภายนอกเข้ามามีส่วนร่วมในการดำเนินการตามภารกิจของหน่วยงาน",
			"มีการเปิดเผย ประชาสัมพันธ์ข้อมูลผลการดำเนินงานตามภารกิจและการป้องกันการทุจริต ในหลายๆ รูปแบบ",
			"ผู้รับผิดชอบต้องรายงานความก้าวหน้าที่ได้ดำเนินการแล้วนั้นทุกไตรมาส รายงานล่าสุดที่อนุมัติแล้ว");

	@Test
	void linesBreakOnlyBetweenThaiWords() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		ThaiPdfText pdf = ThaiPdfText.of(printer(Path.of("/usr/bin/chromium")).print("typeset-test/paragraphs",
				Map.of("texts", TEXTS)));

		assertThat(pdf.thaiLineJoins()).as("a narrow column wraps the Thai texts many times").hasSizeGreaterThan(15);
		assertThat(pdf.thaiLineJoins()).as("line ends inside a word").noneMatch(ThaiPdfText.LineJoin::insideAWord);
	}

	@Test
	void toneMarksSitLowUnlessAnUpperVowelIsUnderThem() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		ThaiPdfText pdf = ThaiPdfText.of(printer(Path.of("/usr/bin/chromium")).print("typeset-test/paragraphs",
				Map.of("texts", TEXTS)));

		assertThat(pdf.glyphIdsAreTheFontsOwn()).isTrue();
		assertThat(pdf.toneMarks()).extracting(ThaiPdfText.ToneMark::cluster).contains("ผู้", "ต้", "ที่", "นั้");
		assertThat(pdf.toneMarks()).filteredOn(m -> m.cluster().equals("ผู้")).allMatch(ThaiPdfText.ToneMark::lowered);
		assertThat(pdf.toneMarks()).filteredOn(m -> m.cluster().equals("ที่")).noneMatch(ThaiPdfText.ToneMark::lowered);
		assertThat(pdf.toneMarks()).allMatch(ThaiPdfText.ToneMark::placedAsAThaiReaderExpects);
	}

	/** The joins OpenPDF made in the status PDF, and its unshaped tone mark: what the checks above must catch. */
	@Test
	void theChecksCatchWhatOpenPdfDid() {
		assertThat(List.of(new ThaiPdfText.LineJoin("ประสิทธิภาพของบุคลา", "กร"),
				new ThaiPdfText.LineJoin("การสื่อสา", "ร"), new ThaiPdfText.LineJoin("รายงานล่าสุ", "ด")))
			.allMatch(ThaiPdfText.LineJoin::insideAWord);
		assertThat(new ThaiPdfText.LineJoin("ประสิทธิภาพของบุคลากร", "ภายนอก").insideAWord()).isFalse();
		assertThat(new ThaiPdfText.ToneMark("ผู้", false).placedAsAThaiReaderExpects()).isFalse();
		assertThat(new ThaiPdfText.ToneMark("ที่", true).placedAsAThaiReaderExpects()).isFalse();
	}

	@Test
	void withoutChromiumAPdfIsRefusedSayingWhatToInstall() {
		ThaiPdf printer = printer(Path.of("/nonexistent/chromium"));

		assertThatThrownBy(() -> printer.print("typeset-test/paragraphs", Map.of("texts", TEXTS)))
			.isInstanceOf(PdfUnavailableException.class)
			.hasMessageContaining("/nonexistent/chromium")
			.hasMessageContaining("apt-get install chromium")
			.hasMessageContaining("CHROMIUM_PATH");
	}

	@Test
	void theSeedPlanIsWhereTheTextsComeFrom() {
		assertThat(SeedScenario.seedPlan()).contains(TEXTS.get(1), "มีการเปิดเผย ประชาสัมพันธ์ข้อมูลผลการดำเนินงาน");
	}

	private static ThaiPdf printer(Path chromium) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine templates = new SpringTemplateEngine();
		templates.setTemplateResolver(resolver);
		return new ThaiPdf(new ChromiumSettings(chromium, Duration.ofSeconds(60), 1), templates);
	}
}
