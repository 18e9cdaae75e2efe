package th.go.ita.measuretracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.ThaiPdfText;

/** The status view as managers and groups meet it: the page, the REST API and the downloads, over real HTTP. */
@AppTest
class StatusViewTests {

	static final List<String> EVERY_STATE_IN_ORDER = List.of("FY2567-S1:OVERDUE", "FY2567-S2:REPORT_MISSING",
			"FY2567-S3:AT_RISK", "FY2567-S4:ON_TRACK", "FY2567-S5:DONE");

	@LocalServerPort int port;
	@Autowired StatusFixture fixture;
	@Autowired ObjectMapper json;

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
		for (String state : List.of("OVERDUE", "REPORT_MISSING", "AT_RISK", "ON_TRACK", "DONE")) {
			assertThat(api.get("totalsByState").get(state).asLong()).isEqualTo(1);
			assertThat(page.select("#totals-by-state .state-" + state + " .count").text()).isEqualTo("1");
		}
		JsonNode directorate = api.get("totalsByGroup").get(0);
		assertThat(directorate.get("group").asText()).isEqualTo("directorate");
		assertThat(directorate.get("stepsDone").asLong()).isEqualTo(1);
		assertThat(directorate.get("stepsTotal").asLong()).isEqualTo(4);
		assertThat(page.select("#chart-groups").text()).contains("กลุ่มอำนวยการ").contains("25% (1/4)");
		assertThat(page.select("#chart-months").text()).contains("พ.ค. 67");
	}

	@Test
	void filtersNarrowTheRowsAndABadOneIsRefused() throws Exception {
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&state=OVERDUE"))).containsExactly("FY2567-S1");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&group=finance"))).containsExactly("FY2567-S4");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&indicator=10"))).containsExactly("FY2567-S2",
				"FY2567-S3");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&quarter=4"))).containsExactly("FY2567-S4",
				"FY2567-S5");
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567&size=2&page=1"))).containsExactly("FY2567-S3",
				"FY2567-S4");
		assertThat(get("sudamanager", "/api/status?fiscalYear=2567&quarter=5").statusCode()).isEqualTo(400);
		assertThat(get("sudamanager", "/api/status?fiscalYear=2567&state=LATE").statusCode()).isEqualTo(400);
	}

	@Test
	void aManagerSeesEveryGroupAMemberOnlyTheirOwn() throws Exception {
		assertThat(keys(api("sudamanager", "/api/status?fiscalYear=2567"))).hasSize(5);
		assertThat(keys(api("somchai", "/api/status?fiscalYear=2567"))).containsExactly("FY2567-S1", "FY2567-S2",
				"FY2567-S3", "FY2567-S5");
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
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"FY2567-S1\",\"" + title + "\",\"กลุ่มอำนวยการ\",\"10 พฤษภาคม 2567\"");
		try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(download("sudamanager",
				"/status/export.xlsx?fiscalYear=2567")))) {
			Sheet sheet = xlsx.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("มาตรการ (Measure)");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(title);
			assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("เกินกำหนด (Overdue)");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
		}
		String text = ThaiPdfText.of(download("sudamanager", "/status/export.pdf?fiscalYear=2567")).text();
		assertThat(text).contains("สถานะมาตรการ ปีงบประมาณ 2567").contains(title).contains("FY2567-S5");
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
