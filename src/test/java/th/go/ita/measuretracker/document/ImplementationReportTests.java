package th.go.ita.measuretracker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.ThaiPdfText;

/**
 * The seed office's round reports: M1's first step done in March 2024, its second in May, an approved Q3 report on
 * M1 with an evidence link; M2 untouched. The 6-month round ends on 31 March, the year on 30 September.
 */
@AppTest
class ImplementationReportTests {

	static final String EVIDENCE = "https://example.go.th/ita/2567/meeting-2567-06.pdf";

	@Autowired DocumentFixture fixture;
	@Autowired DocumentService documents;

	@BeforeEach
	void stepsDoneBeforeAndAfterMarchAndAnApprovedQ3Report() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		fixture.seedPlanAndAssessment();
		fixture.completeStep("FY2567-M1", "2024-03-15");
		fixture.completeStep("FY2567-M1", "2024-05-10");
		fixture.approvedQ3ReportOnM1("จัดประชุมชี้แจงบุคลากรและผู้มีส่วนได้ส่วนเสียภายนอกแล้ว", "หลักฐาน: " + EVIDENCE);
	}

	@Test
	void theSixMonthReportCountsWhatWasDoneBy31March() throws Exception {
		try (XWPFDocument report = docx(documents.prepare(DocumentKind.REPORT_6_MONTHS, 2567, null, "sudamanager"))) {
			XWPFTable summary = table(report, "ขั้นตอนที่ดำเนินการแล้ว");
			assertThat(texts(summary.getRow(1))).endsWith("1/4", "25", "อยู่ระหว่างดำเนินการ");
			assertThat(texts(summary.getRow(2))).endsWith("0/4", "0", "ยังไม่ได้ดำเนินการ");
			XWPFTable steps = report.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("ขั้นตอน/วิธีการปฏิบัติ"))
				.findFirst().orElseThrow();
			assertThat(texts(steps.getRow(1))).endsWith("ดำเนินการแล้ว", "15 มีนาคม 2567", "กลุ่มอำนวยการ");
			assertThat(texts(steps.getRow(2))).endsWith("ยังไม่ดำเนินการ", "–", "–");
			assertThat(text(report)).contains("รอบ 6 เดือน (1 ตุลาคม 2566 – 31 มีนาคม 2567)", "ยังไม่มีรายงานที่อนุมัติในรอบนี้")
				.doesNotContain("จัดประชุมชี้แจงบุคลากร");
		}
	}

	@Test
	void theYearEndReportHasTheApprovedReportTextsEvidenceAndNoNamesOrInternalComments() throws Exception {
		try (XWPFDocument report = docx(documents.prepare(DocumentKind.REPORT_YEAR_END, 2567, null, "sudamanager"))) {
			XWPFTable summary = table(report, "ขั้นตอนที่ดำเนินการแล้ว");
			assertThat(texts(summary.getRow(1))).endsWith("2/4", "50", "อยู่ระหว่างดำเนินการ");
			XWPFTable q3 = table(report, "ไตรมาสที่ 3/2567");
			assertThat(q3.getRows()).extracting(r -> r.getCell(1).getText()).containsExactly("", "50",
					"จัดประชุมชี้แจงบุคลากรและผู้มีส่วนได้ส่วนเสียภายนอกแล้ว", "บุคลากรมีภาระงานมาก",
					"จัดอบรมเพิ่มเติมในไตรมาสที่ 4");
			XWPFTable evidence = table(report, "ไฟล์หลักฐาน");
			XWPFHyperlinkRun link = (XWPFHyperlinkRun) evidence.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0);
			assertThat(link.text()).isEqualTo("meeting-2567-06.pdf");
			assertThat(link.getHyperlink(report).getURL()).isEqualTo(EVIDENCE);
			assertThat(text(report)).contains("รอบ 12 เดือน (1 ตุลาคม 2566 – 30 กันยายน 2567)", "10 พฤษภาคม 2567",
					"การปรับปรุงมาตรการในรอบนี้: ไม่มี")
				.doesNotContain("somchai", "sudamanager", "ความเห็นภายใน", "@example");
		}
	}

	@Test
	void thePdfReportIsSetInThaiAsTheDocxSaysIt() throws Exception {
		DocumentVersion version = documents.prepare(DocumentKind.REPORT_YEAR_END, 2567, null, "sudamanager");
		ThaiPdfText pdf = ThaiPdfText.of(documents.file(version.id(), FileFormat.PDF));

		assertThat(pdf.text().replace("\n", "")).contains("รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
				"จัดประชุมชี้แจงบุคลากรและผู้มีส่วนได้ส่วนเสียภายนอกแล้ว", "meeting-2567-06.pdf");
		assertThat(pdf.thaiLineJoins()).hasSizeGreaterThan(10).noneMatch(ThaiPdfText.LineJoin::insideAWord);
		assertThat(pdf.toneMarks()).isNotEmpty().allMatch(ThaiPdfText.ToneMark::placedAsAThaiReaderExpects);
	}

	private XWPFDocument docx(DocumentVersion version) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(documents.file(version.id(), FileFormat.DOCX)));
	}

	private static XWPFTable table(XWPFDocument document, String headerCell) {
		return document.getTables().stream()
			.filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(headerCell)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table with the header " + headerCell));
	}

	private static List<String> texts(XWPFTableRow row) {
		return row.getTableCells().stream().map(c -> c.getText()).toList();
	}

	private static String text(XWPFDocument document) throws Exception {
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}
}
