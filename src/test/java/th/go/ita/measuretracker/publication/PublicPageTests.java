package th.go.ita.measuretracker.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import th.go.ita.measuretracker.document.DocumentKind;
import th.go.ita.measuretracker.document.DocumentService;
import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * /public/spp-ranong/2567, anonymous and logged in: the approved version of the measures document (not the returned
 * one, not the report awaiting approval), the measures and their progress, the evidence files a manager published
 * of the approved report (downloadable by anybody; an unpublished file of the same report is not); never a person's
 * name or e-mail address, an internal comment, or a step's internal notes.
 */
@AppTest
class PublicPageTests {

	static final String PAGE = "/public/spp-ranong/2567";
	static final String REPORT_EVIDENCE = "/api/measures/FY2567-M1/reports/2567/3/evidence";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	/** Everything internal the set-up writes somewhere: none of it may reach the public page. */
	static final List<String> INTERNAL = List.of("somchai", "sudamanager", "director", "@example.test",
			"ความเห็นภายใน", "ร่างภายในยังไม่ครบ", "บันทึกภายในของกลุ่ม");

	@LocalServerPort int port;
	@Autowired SeedScenario seed;
	@Autowired CleanSlate cleanSlate;
	@Autowired DocumentService documents;
	@Autowired ReportRounds rounds;
	@Autowired TaskService tasks;
	@Autowired Actor actor;
	@Autowired MockMvc mvc;

	long returned;
	long approved;
	long awaiting;
	long published;
	long internal;

	@BeforeEach
	void anOfficeWithApprovedReturnedAndAwaitedDocuments() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		seed.seedPlanWithTwoGroupsAndAManager();
		cleanSlate.user("director", "head", "หัวหน้าส่วนราชการ");
		actor.complete("somchai", task("Task_CompleteStep", "FY2567-M1"), Map.of("whatDone", "ส่งอีเมลถึง somchai@example.test",
				"dateDone", "2024-03-15", "note", "บันทึกภายในของกลุ่ม"));
		rounds.open(2567, 3);
		published = attach("รายงานการประชุม.pdf");
		internal = attach("บันทึกภายใน.pdf");
		actor.complete("somchai", task("Task_SubmitQuarterlyReport", "FY2567-M1"), Map.of("progressPercent", 40, "narrative",
				"เปิดช่องทางรับฟังความคิดเห็นแล้ว"));
		actor.complete("sudamanager", task("Task_ReviewQuarterlyReport", "FY2567-M1"), Map.of("reviewDecision", "APPROVE",
				"reviewComment", "ความเห็นภายใน: ผู้ตรวจคือ sudamanager"));
		mvc.perform(put("/api/evidence/" + published + "/publication").contentType("application/json")
			.content("{\"published\": true}").with(httpBasic("sudamanager", "sudamanager-secret")));
		returned = documents.prepare(DocumentKind.MEASURES, 2567, null, "sudamanager").id();
		actor.complete("director", task("Task_ApproveDocument"), Map.of("approvalDecision", "RETURN", "approvalComment",
				"ร่างภายในยังไม่ครบ"));
		approved = documents.prepare(DocumentKind.MEASURES, 2567, null, "sudamanager").id();
		actor.complete("director", task("Task_ApproveDocument"), Map.of("approvalDecision", "APPROVE"));
		awaiting = documents.prepare(DocumentKind.REPORT_YEAR_END, 2567, null, "sudamanager").id();
	}

	@Test
	void anyoneSeesTheApprovedDocumentTheMeasuresProgressAndEvidenceAndNothingInternal() throws Exception {
		HttpResponse<String> anonymous = get(PAGE);
		assertThat(anonymous.statusCode()).isEqualTo(200);
		assertThat(anonymous.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("script-src 'self'"));
		Document page = Jsoup.parse(anonymous.body());

		assertThat(page.select("#documents tr[data-document]").eachAttr("data-document")).containsExactly(String.valueOf(approved));
		assertThat(page.select("#documents a").eachAttr("href")).containsExactly(PAGE + "/documents/" + approved + ".pdf",
				PAGE + "/documents/" + approved + ".docx");
		assertThat(page.select("#measures article").eachAttr("data-measure")).containsExactly("M1", "M2");
		assertThat(page.select("article[data-measure=M1] p").first().text()).contains("ดำเนินการแล้ว 1 จาก 4 ขั้นตอน",
				"ความก้าวหน้าตามรายงานล่าสุดร้อยละ 40", "กลุ่มอำนวยการ");
		assertThat(page.select("article[data-measure=M1] .steps li.done").text()).contains("15 มีนาคม 2567");
		assertThat(page.select("article[data-measure=M1] .evidence a").eachAttr("href")).singleElement()
			.satisfies(href -> assertThat(href).endsWith("/public/evidence/" + published));
		assertThat(page.select("article[data-measure=M1] .evidence a").text()).isEqualTo("รายงานการประชุม.pdf");
		HttpResponse<byte[]> file = HttpClient.newHttpClient().send(request("/public/evidence/" + published).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(PDF);
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment"));
		assertThat(get("/public/evidence/" + internal).statusCode()).as("a file not published").isEqualTo(404);
		assertThat(anonymous.body()).doesNotContain(INTERNAL.toArray(String[]::new));
	}

	@Test
	void loggedInAsAManagerThePublicPageIsTheSamePublicPage() throws Exception {
		BrowserSession manager = new BrowserSession(port);
		manager.logIn("sudamanager", "sudamanager-secret");

		HttpResponse<String> page = manager.get(PAGE);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).select("#documents tr[data-document]")).hasSize(1);
		assertThat(page.body()).doesNotContain(INTERNAL.toArray(String[]::new));
		HttpResponse<String> english = manager.get(PAGE + "?lang=en");
		assertThat(Jsoup.parse(english.body()).select("#measures h2").text()).isEqualTo("Measures and progress");
		assertThat(english.body()).doesNotContain(INTERNAL.toArray(String[]::new));
	}

	@Test
	void onlyTheApprovedVersionsFilesAreOutAndEverythingElseIs404() throws Exception {
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(request(PAGE + "/documents/" + approved + ".pdf").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf.body()))).isEqualTo(documents.find(approved).pdfSha256());

		for (String path : List.of(PAGE + "/documents/" + returned + ".pdf", PAGE + "/documents/" + awaiting + ".pdf",
				PAGE + "/documents/" + approved + ".exe", "/public/elsewhere/2567/documents/" + approved + ".pdf",
				"/public/spp-ranong/2568", "/public/spp-ranong/abc", "/public/no-such-office/2567", "/public/x%2F..%2F/2567")) {
			assertThat(get(path).statusCode()).as(path).isIn(400, 404);
		}
	}

	@Test
	void thePublicPageIsReadOnly() throws Exception {
		HttpResponse<String> post = HttpClient.newHttpClient().send(request(PAGE)
			.POST(HttpRequest.BodyPublishers.ofString("approvalDecision=APPROVE")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(post.statusCode()).isIn(401, 403, 405);
		assertThat(get("/api/documents?fiscalYear=2567").statusCode()).isEqualTo(401);
		assertThat(get("/status?fiscalYear=2567").statusCode()).as("pages stay behind the login").isEqualTo(302);
	}

	private long attach(String name) throws Exception {
		String created = mvc.perform(multipart(REPORT_EVIDENCE).file(new MockMultipartFile("file", name, "application/pdf", PDF))
			.with(httpBasic("somchai", "somchai-secret"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
	}

	private String task(String definitionKey) {
		return tasks.createTaskQuery().taskDefinitionKey(definitionKey).singleResult().getId();
	}

	private String task(String definitionKey, String businessKey) {
		return tasks.createTaskQuery().taskDefinitionKey(definitionKey).processInstanceBusinessKey(businessKey).singleResult()
			.getId();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(request(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}
}
