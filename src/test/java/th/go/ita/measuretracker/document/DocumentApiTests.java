package th.go.ita.measuretracker.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.SeedScenario;

/** POST/GET /api/documents as scripts use them: who may do what, bad requests, and the frozen bytes. */
@AppTest
class DocumentApiTests {

	@Autowired MockMvc mvc;
	@Autowired DocumentFixture fixture;
	@Autowired ObjectMapper json;
	@Autowired TaskService tasks;
	@Autowired Actor actor;
	@Autowired PlanImportService plans;
	@Autowired JdbcClient jdbc;

	@BeforeEach
	void theSeedOffice() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		fixture.seedPlanAndAssessment();
	}

	@Test
	void aManagerPreparesAndTheHeadOfOfficeReadsEveryVersionAndItsFiles() throws Exception {
		JsonNode draft = prepare("sudamanager", "MEASURES").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.officeCode").value("spp-ranong"))
			.andExpect(jsonPath("$.preparedBy").value("sudamanager"))
			.andReturn().getResponse().getContentAsString().transform(this::read);

		mvc.perform(get("/api/documents").param("fiscalYear", "2567").with(as("director")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("MEASURES"));
		mvc.perform(get("/api/documents/" + draft.get("id").asLong()).param("format", "pdf").with(as("director")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/pdf"))
			.andExpect(header().string("X-Content-SHA256", draft.get("pdfSha256").asText()));
		mvc.perform(get("/api/documents/" + draft.get("id").asLong()).param("format", "DOCX").with(as("sudamanager")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-SHA256", draft.get("docxSha256").asText()));
	}

	@Test
	void membersMayNeitherPrepareNorReadAndTheHeadOfOfficeDoesNotPrepare() throws Exception {
		prepare("somchai", "MEASURES").andExpect(status().isForbidden());
		prepare("director", "MEASURES").andExpect(status().isForbidden());
		mvc.perform(get("/api/documents").param("fiscalYear", "2567").with(as("somchai"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/documents").param("fiscalYear", "2567")).andExpect(status().isUnauthorized());

		assertThat(jdbc.sql("select count(*) from ita_document").query(Long.class).single()).isZero();
	}

	@Test
	void aSecondDraftWhileTheFirstAwaitsTheHeadOfOfficeIsAConflict() throws Exception {
		prepare("sudamanager", "MEASURES").andExpect(status().isCreated());

		prepare("sudamanager", "MEASURES").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("รอหัวหน้าส่วนราชการพิจารณาอยู่")));
		prepare("sudamanager", "REPORT_6_MONTHS").andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from ita_document").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void badRequestsAreNamedAndChangeNothing() throws Exception {
		prepare("sudamanager", "MINUTES").andExpect(status().isBadRequest());
		post("sudamanager", "{\"kind\": \"MEASURES\", \"fiscalYear\": 1999}").andExpect(status().isBadRequest());
		post("sudamanager", "{\"kind\": \"MEASURES\", \"fiscalYear\": 2567, \"officeCode\": \"../x\"}")
			.andExpect(status().isBadRequest());
		post("sudamanager", "{\"kind\": \"MEASURES\", \"fiscalYear\": 2568}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("ไม่มีแผนมาตรการปีงบประมาณ 2568"));
		post("sudamanager", "{\"kind\": \"MEASURES\", \"fiscalYear\": 2567, \"officeCode\": \"elsewhere\"}")
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/documents/999").with(as("director"))).andExpect(status().isNotFound());

		assertThat(jdbc.sql("select count(*) from ita_document").query(Long.class).single()).isZero();
		long id = prepare("sudamanager", "MEASURES").andReturn().getResponse().getContentAsString().transform(this::read)
			.get("id").asLong();
		mvc.perform(get("/api/documents/" + id).param("format", "exe").with(as("director")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("format ต้องเป็น docx หรือ pdf"));
		mvc.perform(get("/api/documents/" + id + "/publication-form").param("format", "pdf").with(as("director")))
			.andExpect(status().isNotFound());
	}

	/** Approval freezes the files: amendments later make new versions, never change the approved one. */
	@Test
	void anApprovedVersionsBytesNeverChangeAfterLaterAmendments() throws Exception {
		JsonNode v1 = prepare("sudamanager", "MEASURES").andReturn().getResponse().getContentAsString().transform(this::read);
		actor.complete("director", tasks.createTaskQuery().taskCandidateUser("director").singleResult().getId(),
				Map.of("approvalDecision", "APPROVE"));
		long id = v1.get("id").asLong();
		byte[] pdf = download(id, "pdf");
		byte[] docx = download(id, "docx");

		plans.importYaml(SeedScenario.seedPlan().replace("measures:\n", """
				measures:
				  - code: M3
				    title: มาตรการเพิ่มเติมระหว่างปี
				    indicators: [10]
				    responsibleGroup: กลุ่มอำนวยการ
				    deadline: 2567-09-30
				    reportingQuarters: [4]
				    steps:
				      - text: จัดทำคู่มือการป้องกันการทุจริต
				"""), "admin", new PlanImportService.Amendment("เพิ่มมาตรการตามหนังสืออนุมัติของผู้อำนวยการ", null));
		fixture.completeStep("FY2567-M1", "2024-03-15");
		JsonNode v2 = prepare("sudamanager", "MEASURES").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString().transform(this::read);

		assertThat(v2.get("version").asInt()).isEqualTo(2);
		assertThat(v2.get("pdfSha256").asText()).isNotEqualTo(v1.get("pdfSha256").asText());
		assertThat(download(id, "pdf")).isEqualTo(pdf);
		assertThat(download(id, "docx")).isEqualTo(docx);
		mvc.perform(get("/api/documents/" + id).with(as("director")))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("director"))
			.andExpect(jsonPath("$.pdfSha256").value(Sha256.hex(pdf)))
			.andExpect(jsonPath("$.docxSha256").value(Sha256.hex(docx)));
		mvc.perform(get("/api/documents/" + id + "/publication-form").param("format", "pdf").with(as("sudamanager")))
			.andExpect(status().isOk());
	}

	private ResultActions prepare(String user, String kind) throws Exception {
		return post(user, "{\"kind\": \"" + kind + "\", \"fiscalYear\": 2567}");
	}

	private ResultActions post(String user, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/documents")
			.with(as(user)).contentType("application/json").content(body));
	}

	private byte[] download(long id, String format) throws Exception {
		return mvc.perform(get("/api/documents/" + id).param("format", format).with(as("director")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private JsonNode read(String body) {
		try {
			return json.readTree(body);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RequestPostProcessor as(String user) {
		return httpBasic(user, user + "-secret");
	}
}
