package th.go.ita.measuretracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.ThaiPdfText;

/** The status view as managers and groups meet it: the page, the REST API and the downloads, over real HTTP. */
@AppTest
class StatusViewTests {

	static final List<String> EVERY_STATE_IN_ORDER = List.of("FY2567-S1:OVERDUE", "FY2567-S2:REPORT_MISSING",
			"FY2567-S3:AT_RISK", "FY2567-S4:ON_TRACK", "FY2567-S5:DONE", "FY2567-S6:CANCELLED");

	@LocalServerPort int port;
	@Autowired StatusFixture fixture;
	@Autowired ObjectMapper json;
	@Autowired EngineClock clock;

	@BeforeEach
	void measuresInEveryState() {
		fixture.measuresInEveryState();
	}

	@Test
	void thePageAndTheApiShowTheSameMeasuresStatesAndTotalsOverdueFirst() throws Exception {
		JsonNode api = api("sudamanager", "/api/status?fiscalYear=2567");
		List<String> apiRows = new ArrayList<>();
		api.get("rows").forEach(r -> apiRows.add(r.get("businessKey").asText() + ":" + r.get("state").asText()));

		Document page = page("sudamanager", "/status?fiscalYear=2567&lang=en");
		List<String> pageRows = new ArrayList<>();
		for (Element row : page.select("#measures tbody tr[data-key]")) {
			pageRows.add(row.attr("data-key") + ":" + row.select(".badge").attr("class").replaceAll(".*state-", ""));
		}

		assertThat(apiRows).containsExactlyElementsOf(EVERY_STATE_IN_ORDER);
		assertThat(pageRows).isEqualTo(apiRows);
		for (String state : List.of("OVERDUE", "REPORT_MISSING", "AT_RISK", "ON_TRACK", "DONE", "CANCELLED")) {
			assertThat(api.get("totalsByState").get(state).asLong()).isEqualTo(1);
			assertThat(page.select("#totals-by-state .state-" + state + " .count").text()).isEqualTo("1");
		}
		JsonNode directorate = api.get("totalsByGroup").get(0);
		assertThat(directorate.get("group").asText()).isEqualTo("directorate");
		assertThat(directorate.get("stepsDone").asLong()).isEqualTo(1);
		assertThat(directorate.get("stepsTotal").asLong()).as("not the cancelled measure's step").isEqualTo(4);
		assertThat(page.select("#chart-groups").text()).contains("กลุ่มอำนวยการ").contains("25% (1/4)");
		assertThat(page.select("#chart-months").text()).contains("May '24");
		assertThat(page("sudamanager", "/status?fiscalYear=2567&lang=th").select("#chart-months").text())
			.contains("พ.ค. 67");
	}

	@Test
	void filtersNarrowTheRowsAndABadOneIsRefused() throws Exception {
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&state=OVERDUE"))).containsExactly("FY2567-S1");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&group=finance"))).containsExactly("FY2567-S4");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&indicator=10"))).containsExactly("FY2567-S2",
				"FY2567-S3");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&quarter=4"))).containsExactly("FY2567-S4",
				"FY2567-S5", "FY2567-S6");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&size=2&page=1"))).containsExactly("FY2567-S3",
				"FY2567-S4");
		assertThat(get("sudamanager", "/api/status?fiscalYear=2567&quarter=5").statusCode()).isEqualTo(400);
		HttpResponse<String> late = get("sudamanager", "/api/status?fiscalYear=2567&state=LATE");
		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(late.body()).contains("\"detail\":\"คำขอมีค่าที่ใช้ไม่ได้: state: ไม่ใช่ค่าที่ช่องนี้รับ\"");
		assertThat(get("sudamanager", "/api/status?fiscalYear=2567&quarter=5&lang=en").body())
			.contains("\"detail\":\"quarter must be 1 to 4\"");
	}

	@Test
	void aManagerSeesEveryGroupAMemberOnlyTheirOwn() throws Exception {
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567"))).hasSize(6);
		assertThat(keys(api("somchai", "/api/status?fiscalYear=2567"))).containsExactly("FY2567-S1", "FY2567-S2",
				"FY2567-S3", "FY2567-S5", "FY2567-S6");
		assertThat(keys(api("wichai", "/api/status?fiscalYear=2567"))).containsExactly("FY2567-S4");
		assertThat(keys(api("somchai", "/api/status?fiscalYear=2567&group=finance"))).isEmpty();
		assertThat(page("wichai", "/status?fiscalYear=2567").select("#measures tbody tr[data-key]")).hasSize(1);
		assertThat(csv("somchai")).doesNotContain("ตามแผนของกลุ่มการเงิน");
		assertThat(session("somchai").get("/status/measures/FY2567-S4").statusCode()).isEqualTo(403);
	}

	@Test
	void theThaiTitleSurvivesThePageCsvXlsxAndPdf() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		String title = "เผยแพร่ข้อมูลสาธารณะ";

		assertThat(page("sudamanager", "/status?fiscalYear=2567").select("tr[data-key=FY2567-S1] td").get(1).text())
			.isEqualTo(title);
		byte[] csv = download("sudamanager", "/status/export.csv?fiscalYear=2567");
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF\"รหัส\",\"มาตรการ\",\"ผู้รับผิดชอบ\",\"กำหนดแล้วเสร็จ\"")
			.contains("\"FY2567-S1\",\"" + title + "\",\"กลุ่มอำนวยการ\",\"10 พ.ค. 2567\"");
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(download("sudamanager",
				"/status/export.xlsx?fiscalYear=2567")))) {
			Sheet sheet = xlsx.getSheetAt(0);
			assertThat(xlsx.getSheetName(0)).isEqualTo("สถานะมาตรการ 2567");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("มาตรการ");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(title);
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("10 พ.ค. 2567");
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("เกินกำหนด");
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
			assertThat(sheet.getRow(6).getCell(8).getStringCellValue()).as("one language: the new label is Thai only")
				.isEqualTo("ยกเลิก");
		}
		String text = ThaiPdfText.of(download("sudamanager", "/status/export.pdf?fiscalYear=2567")).text();
		assertThat(text).contains("สถานะมาตรการ ปีงบประมาณ 2567").contains(title).contains("FY2567-S5");
	}

	@Test
	void theDownloadsOfAnEnglishPageAreInEnglishWithChristianEraDates() throws Exception {
		BrowserSession english = session("sudamanager");
		english.get("/status?lang=en");

		String csv = new String(english.getBytes("/status/export.csv?fiscalYear=2567").body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"Code\",\"Measure\",\"Responsible group\",\"Deadline\"")
			.contains("\"FY2567-S1\",\"เผยแพร่ข้อมูลสาธารณะ\",\"กลุ่มอำนวยการ\",\"10 May 2024\"")
			.contains("\"Overdue\"")
			.doesNotContain("พ.ค.").doesNotContain("เกินกำหนด");
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(
				english.getBytes("/status/export.xlsx?fiscalYear=2567").body()))) {
			assertThat(xlsx.getSheetName(0)).isEqualTo("Measures status 2567");
			assertThat(xlsx.getSheetAt(0).getRow(0).getCell(8).getStringCellValue()).isEqualTo("Status");
		}
		assertThat(ThaiPdfText.of(english.getBytes("/status/export.pdf?fiscalYear=2567").body()).text())
			.contains("Measures status, fiscal year 2567 (B.E.)").contains("10 May 2024");
	}

	@Test
	void withoutAYearTheOverviewOpensOnTheLatestYearWithMeasures() throws Exception {
		clock.set(LocalDateTime.of(2027, 1, 15, 9, 0)); // fiscal year 2570, which has no measures

		Document page = page("sudamanager", "/status");
		assertThat(page.select("h1").text()).isEqualTo("สถานะมาตรการ ปีงบประมาณ 2567");
		assertThat(page.select("#measures tbody tr[data-key]")).hasSize(EVERY_STATE_IN_ORDER.size());
		assertThat(page.select("#year-empty")).isEmpty();
		assertThat(api("sudamanager", "/api/status").get("filter").get("fiscalYear").asInt()).isEqualTo(2567);
		assertThat(session("sudamanager").get("/status/export.csv").headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).contains("measures-status-2567.csv"));
	}

	@Test
	void anEmptyYearSaysSoAndLinksToTheYearsThatHaveMeasures() throws Exception {
		Document thai = page("sudamanager", "/status?fiscalYear=2570");
		assertThat(thai.select("#year-empty").text()).contains("ปีงบประมาณ 2570 ยังไม่มีมาตรการ")
			.contains("ปีงบประมาณที่มีมาตรการ:");
		assertThat(thai.select("#year-empty a").eachAttr("href")).containsExactly("/status?fiscalYear=2567",
				"/status?fiscalYear=2566");
		assertThat(thai.select("#measures tbody").text()).isEqualTo("ไม่มีมาตรการตามเงื่อนไขนี้");

		Document english = page("sudamanager", "/status?fiscalYear=2570&lang=en");
		assertThat(english.select("#year-empty").text()).contains("Fiscal year 2570 has no measures")
			.contains("Fiscal years with measures:");
		assertThat(english.select("#year-empty a").eachText()).containsExactly("2567", "2566");
		// a year with measures, but none of them matching the filters, is not an empty year
		assertThat(page("sudamanager", "/status?fiscalYear=2567&indicator=1").select("#year-empty")).isEmpty();
		// a member sees the years of their own groups' measures only
		assertThat(page("wichai", "/status?fiscalYear=2570").select("#year-empty a").eachText()).containsExactly("2567");
	}

	@Test
	void theOverviewIsThaiOnlyOrEnglishOnly() throws Exception {
		Document thai = page("sudamanager", "/status?fiscalYear=2567");
		assertThat(thai.select("html").attr("lang")).isEqualTo("th");
		assertThat(thai.select("h1").text()).isEqualTo("สถานะมาตรการ ปีงบประมาณ 2567");
		assertThat(thai.select("#measures thead th").eachText()).containsExactly("รหัส", "มาตรการ", "ผู้รับผิดชอบ",
				"กำหนดแล้วเสร็จ", "ขั้นตอน", "รายงานล่าสุด", "ความก้าวหน้า ร้อยละ", "สถานะรายงาน", "สถานะ", "หลักฐาน (ไฟล์)");
		assertThat(thai.select("tr[data-key=FY2567-S1] td").get(3).text()).isEqualTo("10 พ.ค. 2567");
		assertThat(thai.select("tr[data-key=FY2567-S1] td").get(3).attr("data-label")).isEqualTo("กำหนดแล้วเสร็จ");
		assertThat(uiText(thai)).doesNotContainPattern("[A-Za-z]{4,} [a-z]{2,}");

		Document english = page("sudamanager", "/status?fiscalYear=2567&lang=en");
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("h1").text()).isEqualTo("Measures status, fiscal year 2567 (B.E.)");
		assertThat(english.select("#measures thead th").eachText()).contains("Code", "Measure", "Deadline", "Status");
		assertThat(english.select("tr[data-key=FY2567-S1] td").get(3).text()).isEqualTo("10 May 2024");
		assertThat(english.select("#chart-months").text()).contains("May '24");
		assertThat(uiText(english)).doesNotContainPattern("[\u0E00-\u0E7F]");
	}

	@Test
	void theMeasurePageIsThaiOnlyOrEnglishOnly() throws Exception {
		Document thai = page("sudamanager", "/status/measures/FY2567-S5");
		assertThat(thai.select("#steps thead th").eachText()).containsExactly("ลำดับ", "ขั้นตอน", "กำหนด", "สถานะ",
				"ผู้ดำเนินการ", "เมื่อ", "สิ่งที่ดำเนินการ", "ไฟล์หลักฐาน");
		assertThat(thai.select("#steps tbody td[data-label=เมื่อ]").text()).matches("20 พ.ค. 2567 \\d\\d:\\d\\d น.");
		assertThat(thai.select(".meta").text()).contains("กำหนดแล้วเสร็จ: 31 ก.ค. 2567");
		assertThat(uiText(thai)).doesNotContainPattern("[A-Za-z]{4,} [a-z]{2,}");

		Document english = page("sudamanager", "/status/measures/FY2567-S5?lang=en");
		assertThat(english.select("#steps thead th").eachText()).containsExactly("No.", "Step", "Due", "Status",
				"Done by", "When", "What was done", "Evidence files");
		assertThat(english.select(".meta").text()).contains("Deadline: 31 Jul 2024");
		assertThat(english.select("#steps tbody td[data-label=When]").text()).matches("20 May 2024 \\d\\d:\\d\\d");
		assertThat(uiText(english)).doesNotContainPattern("[\u0E00-\u0E7F]");
	}

	/**
	 * What the page itself says: headings, labels, links, buttons, the charts' captions; not the plan's own words
	 * (a measure's title), nor the link to the other language, which is written in that language.
	 */
	private static String uiText(Document page) {
		return String.join(" | ", page.select("title, h1:not(:has(span)), h2, label > span, button, .topbar a:not([lang]), "
				+ "figure:not(.trend) figcaption, th, .note, .pager, .badge, #year-empty, p > a").eachText())
			.replaceAll("FY2567-S\\d|\\d+", "");
	}

	@Test
	void markupInATitleIsShownAsText() throws Exception {
		String html = session("sudamanager").get("/status?fiscalYear=2567").body();

		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ตามแผนของกลุ่มการเงิน")
			.doesNotContain("<script>alert");
	}

	@Test
	void theMeasureDetailShowsStepsReportsAndLinksIntoCamunda() throws Exception {
		Document detail = page("sudamanager", "/status/measures/FY2567-S5");

		assertThat(detail.select("#steps tbody tr td").eachText()).contains("ขั้นเดียว", "somchai", "เสร็จแล้ว");
		assertThat(page("sudamanager", "/status/measures/FY2567-S2").select("#reports").text()).contains("2/2567")
			.contains("รอรายงาน");
		assertThat(page("sudamanager", "/status/measures/FY2567-S1").select("#steps a").attr("href"))
			.startsWith("/camunda/app/tasklist/default/#/?task=");
		assertThat(detail.select("a[href^=/camunda/app/cockpit/default/#/process-instance/]")).hasSize(1);

		Document cancelled = page("sudamanager", "/status/measures/FY2567-S6");
		assertThat(cancelled.select("#measure-closed").text())
			.isEqualTo("ยกเลิกเมื่อ 1 มี.ค. 2567 09:00 น. โดย admin เหตุผล: ไม่ต้องทำแล้ว");
		assertThat(page("sudamanager", "/status/measures/FY2567-S6?lang=en").select("#measure-closed").text())
			.isEqualTo("Cancelled on 1 Mar 2024 09:00 by admin. Reason: ไม่ต้องทำแล้ว");
		assertThat(cancelled.select("#carried-over a").attr("href")).isEqualTo("/status/measures/FY2566-C1");
		assertThat(cancelled.select("#steps a[href^=/camunda/app/tasklist]")).as("no task to open").isEmpty();
		assertThat(cancelled.select("#amendments").text()).contains("ผู้อำนวยการอนุมัติยกเลิก", "FY2567-S6: ยกเลิก เหตุผล ไม่ต้องทำแล้ว");
		assertThat(page("sudamanager", "/status/measures/FY2566-C1").select("#carried-over a").attr("href"))
			.isEqualTo("/status/measures/FY2567-S6");
	}

	private List<String> keys(JsonNode overview) {
		List<String> keys = new ArrayList<>();
		overview.get("rows").forEach(r -> keys.add(r.get("businessKey").asText()));
		return keys;
	}

	private JsonNode api(String user, String path) throws Exception {
		HttpResponse<String> response = get(user, path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> get(String user, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", BrowserSession.basic(user, user + "-secret"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Document page(String user, String path) throws Exception {
		HttpResponse<String> response = session(user).get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private byte[] download(String user, String path) throws Exception {
		HttpResponse<byte[]> response = session(user).getBytes(path);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private String csv(String user) throws Exception {
		return new String(download(user, "/status/export.csv?fiscalYear=2567"), StandardCharsets.UTF_8);
	}

	private BrowserSession session(String user) throws Exception {
		BrowserSession browser = new BrowserSession(port);
		browser.logIn(user, user + "-secret");
		return browser;
	}
}
