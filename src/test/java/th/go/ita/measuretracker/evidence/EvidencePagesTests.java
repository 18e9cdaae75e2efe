package th.go.ita.measuretracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.ita.measuretracker.support.AppTest;

/**
 * Where people meet evidence: the page the Tasklist forms link to, the measure detail (files per step and per report
 * version), the status view and its exports (a count per measure), and photo thumbnails.
 */
@AppTest
class EvidencePagesTests extends EvidenceScenariosBase {

	static final String STEP_PAGE = "/evidence/measures/FY2567-M1/steps/1";

	@Test
	void theStepFormLinksToAPageWhereTheGroupAttachesFilesAndFindsItsWayBackToTheTask() throws Exception {
		long stepId = jdbc.sql("select s.id from step s join measure m on m.id = s.measure_id"
				+ " where m.business_key = 'FY2567-M1' and s.position = 1").query(Long.class).single();
		String taskId = tasks.createTaskQuery().processInstanceBusinessKey("FY2567-M1").singleResult().getId();

		mvc.perform(get("/evidence/step/" + stepId).with(as("somchai")))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", STEP_PAGE));
		Document page = page("somchai", STEP_PAGE);

		assertThat(page.select("form#evidence-upload").attr("data-url")).isEqualTo(STEP_1);
		assertThat(page.select("form#evidence-upload input[type=file][multiple]")).hasSize(1);
		assertThat(page.select("a#back-to-task").attr("href")).isEqualTo("/camunda/app/tasklist/default/#/?task=" + taskId);
		assertThat(page.select("meta[name=_csrf]").attr("content")).isNotBlank();
		assertThat(page.select("script[src=/js/evidence.js]")).hasSize(1);
		assertThat(page.select("#evidence").attr("data-max-bytes")).isEqualTo(String.valueOf(10 * 1024 * 1024));
		assertThat(page.select("#evidence-messages [data-reason=TYPE_NOT_ALLOWED]").text()).contains("PDF");
		mvc.perform(get("/evidence/step/" + stepId).with(as("wichai"))).andExpect(status().isNotFound());
		mvc.perform(get(STEP_PAGE).with(as("wichai"))).andExpect(status().isNotFound());
	}

	@Test
	void theGroupMayRemoveItsFilesWhileTheManagerOnlyReadsThem() throws Exception {
		long memo = id(attach("somchai", STEP_1, MEMO, SampleFiles.pdf()));
		long photo = id(attach("somchai", STEP_1, "ภาพกิจกรรม.png", SampleFiles.png(64, 48)));

		Document member = page("somchai", STEP_PAGE);
		assertThat(member.select("#evidence-files li a.file")).extracting(e -> e.text()).containsExactly(MEMO, "ภาพกิจกรรม.png");
		assertThat(member.select("#evidence-files button[data-action=remove]")).extracting(e -> e.attr("data-url"))
			.containsExactly("/api/evidence/" + memo, "/api/evidence/" + photo);

		Document manager = page("sudamanager", STEP_PAGE);
		assertThat(manager.select("#evidence-files li a.file")).hasSize(2);
		assertThat(manager.select("button[data-action]")).isEmpty();
		assertThat(manager.select("form#evidence-upload")).isEmpty();
	}

	@Test
	void theReviewerSeesTheSubmittedFilesAndMayPublishThem() throws Exception {
		rounds.open(2567, 3);
		long photo = id(attach("somchai", REPORT_Q3, "ภาพกิจกรรม.png", SampleFiles.png(64, 48)));
		submitReport();

		mvc.perform(get("/evidence/report/" + measureId() + "/2567/3").with(as("sudamanager")))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/evidence/measures/FY2567-M1/reports/2567/3"));
		Document reviewer = page("sudamanager", "/evidence/measures/FY2567-M1/reports/2567/3?lang=en");
		assertThat(reviewer.select(".evidence-group h3").text()).isEqualTo("Submitted with version 1 of the report");
		assertThat(reviewer.select("button[data-action=publish]").attr("data-url"))
			.isEqualTo("/api/evidence/" + photo + "/publication");
		assertThat(reviewer.select("a#back-to-task").attr("href")).isEqualTo("/camunda/app/tasklist/default/#/?task="
				+ tasks.createTaskQuery().taskDefinitionKey("Task_ReviewQuarterlyReport").singleResult().getId());
		Document group = page("somchai", "/evidence/measures/FY2567-M1/reports/2567/3");
		assertThat(group.select("form#evidence-upload")).as("the files stay as submitted under review").isEmpty();
		assertThat(group.select("button[data-action]")).isEmpty();
	}

	@Test
	void theMeasureDetailListsTheFilesOfEachStepAndReportVersionWithThumbnailsOfPhotos() throws Exception {
		long memo = id(attach("somchai", STEP_1, MEMO, SampleFiles.pdf()));
		long photo = id(attach("somchai", STEP_1, "ภาพกิจกรรม.png", SampleFiles.png(64, 48)));
		rounds.open(2567, 3);
		long report = id(attach("somchai", REPORT_Q3, "รายงาน.pdf", SampleFiles.pdf(5000)));
		submitReport();

		Document detail = page("sudamanager", "/status/measures/FY2567-M1");

		assertThat(detail.select("#steps tbody tr").first().select("td.evidence a.file"))
			.extracting(e -> e.attr("href")).containsExactly("/api/evidence/" + memo, "/api/evidence/" + photo);
		assertThat(detail.select("#steps td.evidence img.thumb")).extracting(e -> e.attr("src"))
			.containsExactly("/api/evidence/" + photo + "/thumbnail");
		assertThat(detail.select("#reports td.evidence a.file")).extracting(e -> e.attr("href"))
			.containsExactly("/api/evidence/" + report);
	}

	@Test
	void theStatusViewItsApiAndItsExportsCountEachMeasuresFiles() throws Exception {
		attach("somchai", STEP_1, MEMO, SampleFiles.pdf());
		long removed = id(attach("somchai", STEP_1, "ผิดไฟล์.pdf", SampleFiles.pdf(50)));
		attach("somchai", STEP_1, "ภาพกิจกรรม.png", SampleFiles.png(64, 48));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/evidence/" + removed)
			.with(as("somchai"))).andExpect(status().isNoContent());

		Document overview = page("sudamanager", "/status?fiscalYear=2567");
		assertThat(overview.select("tr[data-key=FY2567-M1] td.evidence").text()).isEqualTo("2");
		assertThat(overview.select("tr[data-key=FY2567-M2] td.evidence").text()).isEqualTo("0");
		JsonNode api = new ObjectMapper().readTree(body("sudamanager", "/api/status?fiscalYear=2567"));
		assertThat(api.get("rows").findValuesAsText("evidenceCount")).contains("2", "0");
		org.springframework.test.web.servlet.MvcResult export = mvc.perform(get("/status/export.csv?fiscalYear=2567")
			.with(as("sudamanager"))).andReturn();
		String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(export))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().filter(l -> l.startsWith("\"FY2567-M1\"")).findFirst().orElseThrow()).endsWith(",\"2\"");
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",\"หลักฐาน (ไฟล์)\"");
	}

	@Test
	void aPhotosThumbnailIsASmallPngOfItAndOtherFilesHaveNone() throws Exception {
		long photo = id(attach("somchai", STEP_1, "ภาพกิจกรรม.jpg", SampleFiles.jpeg(2000, 1500)));
		long memo = id(attach("somchai", STEP_1, MEMO, SampleFiles.pdf()));

		byte[] png = mvc.perform(get("/api/evidence/" + photo + "/thumbnail").with(as("sudamanager")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(thumbnail.getWidth()).isEqualTo(Thumbnails.SIZE);
		assertThat(thumbnail.getHeight()).isEqualTo(120);
		mvc.perform(get("/api/evidence/" + memo + "/thumbnail").with(as("sudamanager")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/evidence/" + photo + "/thumbnail").with(as("wichai")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.reason").value("NOT_FOUND"));
	}

	@Test
	void theFormsLinkToThePagesByTheirTasksVariables() throws Exception {
		Map<String, String> links = Map.of("complete-step.form", "href=\"/evidence/step/{{stepId}}\"",
				"submit-quarterly-report.form", "href=\"/evidence/report/{{measureId}}/{{fiscalYear}}/{{quarter}}\"",
				"review-quarterly-report.form", "href=\"/evidence/report/{{measureId}}/{{fiscalYear}}/{{quarter}}\"");
		for (Map.Entry<String, String> form : links.entrySet()) {
			JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("forms", form.getKey()), StandardCharsets.UTF_8));
			assertThat(schema.get("components").findValuesAsText("text")).as(form.getKey())
				.anySatisfy(text -> assertThat(text).contains(form.getValue()).contains("target=\"_blank\""));
		}
	}

	private Document page(String user, String path) throws Exception {
		return Jsoup.parse(body(user, path));
	}

	private String body(String user, String path) throws Exception {
		return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
