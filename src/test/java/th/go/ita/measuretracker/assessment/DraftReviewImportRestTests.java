package th.go.ita.measuretracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.CleanSlate;

/**
 * A manager may not import plans (POST /api/plans is 403 for them), so completing the draft-measures review with
 * IMPORT may only turn the draft into the plan it was drafted as: the assessed office, the next fiscal year, and
 * groups an admin created. Completed through Camunda's REST API, as a script (or Tasklist) does.
 */
@AppTest
class DraftReviewImportRestTests {

	private static final String OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาระนอง";

	@LocalServerPort int port;
	@Autowired AssessmentService assessments;
	@Autowired CleanSlate cleanSlate;
	@Autowired TaskService tasks;
	@Autowired IdentityService identity;
	@Autowired MeasureQueries measures;
	@Autowired th.go.ita.measuretracker.plan.PlanImportService importer;

	private Task review;
	private String filledIn;

	@BeforeEach
	void aDraftWaitsForTheManager() throws Exception {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
		assessments.importYaml(AssessmentTests.seed());
		review = tasks.createTaskQuery().taskCandidateUser("sudamanager").singleResult();
		filledIn = ((String) tasks.getVariable(review.getId(), "planYaml"))
			.replace("    responsibleGroup:\n", "    responsibleGroup: กลุ่มอำนวยการ\n")
			.replace("    deadline:\n", "    deadline: 2567-09-30\n")
			.replace("reportingQuarters: []", "reportingQuarters: [4]")
			.replace("      - text:\n", "      - text: จัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปี\n");
		assertThat(filledIn).contains("organisation: \"" + OFFICE + "\"");
	}

	@Test
	void aNewGroupIsRefusedWith400AndNothingIsImportedOrCreated() throws Exception {
		String withNewGroup = filledIn.replace("measures:\n", "groups:\n  - id: outsiders\n    name: กลุ่มคนนอก\nmeasures:\n")
			.replace("responsibleGroup: กลุ่มอำนวยการ", "responsibleGroup: outsiders");

		HttpResponse<String> response = complete(Map.of("planYaml", withNewGroup, "draftDecision", "IMPORT"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("ร่างแผนไม่ถูกนำเข้า: planYaml บรรทัด 6, groups[1].id: ")
			.contains("ไม่ใช่กลุ่มที่มีอยู่").doesNotContain("existing group");
		HttpResponse<String> inEnglish = complete(Map.of("planYaml", withNewGroup, "draftDecision", "IMPORT"), "en");
		assertThat(inEnglish.statusCode()).isEqualTo(400);
		assertThat(inEnglish.body()).contains("The draft plan was not imported: planYaml line 6, groups[1].id: ")
			.contains("is not an existing group").doesNotContain("ไม่ใช่กลุ่ม");
		assertRefused();
		assertThat(identity.createGroupQuery().groupId("outsiders").count()).as("group not created").isZero();
	}

	@Test
	void anotherOfficesPlanIsRefused() throws Exception {
		String otherOffice = filledIn.replace(OFFICE, "สำนักงานอื่น");

		HttpResponse<String> response = complete(Map.of("planYaml", otherOffice, "draftDecision", "IMPORT"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("organisation").contains(OFFICE);
		assertRefused();
	}

	@Test
	void theDraftsOfficeCannotBeRewrittenWithTheCompletion() throws Exception {
		String otherOffice = filledIn.replace(OFFICE, "สำนักงานอื่น");

		HttpResponse<String> response = complete(
				Map.of("planYaml", otherOffice, "draftDecision", "IMPORT", "organisation", "สำนักงานอื่น"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("organisation: ไม่ใช่ช่องของแบบฟอร์มนี้").doesNotContain("not a field");
		assertRefused();
	}

	@Test
	void anotherYearsPlanIsRefused() throws Exception {
		String nextYear = filledIn.replace("fiscalYear: 2567", "fiscalYear: 2568").replace("2567-09-30", "2568-09-30");

		HttpResponse<String> response = complete(Map.of("planYaml", nextYear, "draftDecision", "IMPORT"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("fiscalYear").contains("2567");
		assertRefused();
		assertThat(measures.list(2568)).isEmpty();
	}

	@Test
	void theDraftAsDraftedIsImported() throws Exception {
		HttpResponse<String> response = complete(Map.of("planYaml", filledIn, "draftDecision", "IMPORT"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
		assertThat(measures.find("FY2567-I10")).hasValueSatisfying(m -> {
			assertThat(m.organisation()).isEqualTo(OFFICE);
			assertThat(m.responsibleGroup()).isEqualTo("directorate");
		});
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isZero();
	}

	@Test
	void aDraftThatWouldAmendAStoredPlanIsRefusedAndLeftToAnAdmin() throws Exception {
		importer.importYaml(filledIn.replace("จัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปี", "ขั้นตอนที่ผู้ดูแลระบบนำเข้าไว้"),
				"admin");

		HttpResponse<String> response = complete(Map.of("planYaml", filledIn, "draftDecision", "IMPORT"));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("แผนปีงบประมาณ 2567 ของหน่วยงานนี้นำเข้าแล้ว ผู้ดูแลระบบแก้ไขแผนได้ที่หน้า /plans");
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isEqualTo(1);
		assertThat(measures.find("FY2567-I10").orElseThrow().steps()).extracting(s -> s.text())
			.containsExactly("ขั้นตอนที่ผู้ดูแลระบบนำเข้าไว้");
	}

	private void assertRefused() {
		assertThat(measures.list(null)).as("nothing imported").isEmpty();
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isEqualTo(1);
	}

	private HttpResponse<String> complete(Map<String, String> values) throws Exception {
		return complete(values, "th");
	}

	private HttpResponse<String> complete(Map<String, String> values, String language) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
		String body = new ObjectMapper().writeValueAsString(Map.of("variables", variables));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/engine-rest/task/" + review.getId() + "/complete"))
			.header("Authorization", BrowserSession.basic("sudamanager", "sudamanager-secret"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
