package th.go.ita.measuretracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.CleanSlate;

@AppTest
class AssessmentTests {

	@LocalServerPort int port;
	@Autowired AssessmentService assessments;
	@Autowired CleanSlate cleanSlate;
	@Autowired TaskService tasks;
	@Autowired Actor actor;
	@Autowired MeasureQueries measures;
	@Autowired JdbcClient jdbc;

	@BeforeEach
	void nothingAssessedYet() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		cleanSlate.user("sudamanager", "managers", "ผู้บริหาร");
	}

	static String seed() throws Exception {
		return new ClassPathResource("assessments/ita-2566-ranong.yaml").getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theSeedsComponentScoresReproduceItsToolPointsTotalAndGrade() throws Exception {
		AssessmentResult result = assessments.importYaml(seed());

		assertThat(result.toolPoints()).containsEntry(Tool.IIT, new BigDecimal("29.82"))
			.containsEntry(Tool.EIT, new BigDecimal("28.95"))
			.containsEntry(Tool.OIT, new BigDecimal("37.00"));
		assertThat(result.total()).isEqualByComparingTo("95.77");
		assertThat(result.grade()).isEqualTo(Grade.AA);
		assertThat(result.passed()).isTrue();
		assertThat(result.indicatorScores()).containsEntry(9, new BigDecimal("95.00")).containsEntry(10, new BigDecimal("90.00"));
	}

	@Test
	void eachFigureTheSeedStatesDifferentlyIsReportedAndNothingElse() throws Exception {
		AssessmentResult result = assessments.importYaml(seed());

		assertThat(result.discrepancies()).extracting(AssessmentResult.Discrepancy::field,
				AssessmentResult.Discrepancy::stated, AssessmentResult.Discrepancy::computed)
			.containsExactly(tuple("indicator 7", "99.91", "96.07"), tuple("indicator 7", "98.04", "96.07"));
	}

	@Test
	void theSeedsYearTableReproducesItsDifferences() throws Exception {
		assessments.importYaml(seed());

		Trend trend = assessments.trends().get(0);
		assertThat(trend.years()).extracting(Trend.Year::fiscalYear, Trend.Year::total, Trend.Year::difference,
				Trend.Year::direction)
			.containsExactly(tuple(2561, new BigDecimal("84.92"), null, null),
					tuple(2562, new BigDecimal("88.18"), new BigDecimal("3.26"), "เพิ่มขึ้น"),
					tuple(2563, new BigDecimal("93.91"), new BigDecimal("5.73"), "เพิ่มขึ้น"),
					tuple(2564, new BigDecimal("95.67"), new BigDecimal("1.76"), "เพิ่มขึ้น"),
					tuple(2565, new BigDecimal("98.28"), new BigDecimal("2.61"), "เพิ่มขึ้น"),
					tuple(2566, new BigDecimal("95.77"), new BigDecimal("-2.51"), "ลดลง"));
	}

	@Test
	void aScoreOutside0To100OrAnUnknownIndicatorIsRefusedAndNothingIsStored() throws Exception {
		String bad = seed().replace("{ number: 3, score: 99.46 }", "{ number: 3, score: 101 }")
			.replace("{ number: 5, score: 99.35 }", "{ number: 11, score: 99.35 }")
			.replace("code: \"10.2\"", "code: \"11.2\"");

		assertThatThrownBy(() -> assessments.importYaml(bad)).isInstanceOfSatisfying(AssessmentRejectedException.class,
				ex -> {
					assertThat(ex.errors()).extracting(FileError::line, FileError::field, FileError::message)
						.contains(tuple(9, "indicators[3].score", "101 อยู่นอกช่วง 0–100"),
								tuple(11, "indicators[5].number", "ไม่รู้จักตัวชี้วัด 11: ตัวชี้วัด ITA มีหมายเลข 1 ถึง 10"));
					assertThat(ex.errors()).extracting(FileError::message)
						.anySatisfy(m -> assertThat(m).contains("ไม่รู้จักตัวชี้วัดย่อย \"11.2\""))
						.anySatisfy(m -> assertThat(m).isEqualTo("ไม่มีตัวชี้วัด 5 (การแก้ไขปัญหาการทุจริต)"));
				});
		assertThat(jdbc.sql("select count(*) from assessment").query(Long.class).single()).isZero();
		assertThat(tasks.createTaskQuery().count()).isZero();
	}

	@Test
	void theRestApiAnswersABadFileWith400AndTheLines() throws Exception {
		HttpResponse<String> response = post("sudamanager", seed().replace("score: 99.78", "score: -1"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"line\":7").contains("-1 อยู่นอกช่วง 0–100")
			.contains("\"title\":\"ผลการประเมินไม่ถูกนำเข้า\"");
		HttpResponse<String> inEnglish = post("sudamanager", seed().replace("score: 99.78", "score: -1")
			.replace("{ number: 5, score: 99.35 }", ""), "en");
		assertThat(inEnglish.body()).contains("\"title\":\"Assessment not imported\"").contains("-1 is outside 0–100")
			.contains("indicator 5 (Solving corruption problems) is missing");
		assertThat(post("somchai", seed()).statusCode()).as("members may not import").isEqualTo(403);
		assertThat(post("sudamanager", seed()).statusCode()).isEqualTo(201);
	}

	@Test
	void indicatorsBelowTargetBecomeDraftMeasuresThatAManagerCompletesAndImports() throws Exception {
		assessments.importYaml(seed());
		Task review = tasks.createTaskQuery().taskCandidateUser("sudamanager").singleResult();
		String draft = (String) tasks.getVariable(review.getId(), "planYaml");

		assertThat(review.getName()).isEqualTo("ทบทวนร่างมาตรการปีงบประมาณ 2567 จากผลการประเมิน ITA 2566");
		assertThat(draft).contains("fiscalYear: 2567").contains("code: I10")
			.contains("มาตรการยกระดับตัวชี้วัดที่ 10 การป้องกันการทุจริต").doesNotContain("code: I9");
		assertThatThrownBy(() -> actor.complete("sudamanager", review.getId(), Map.of("draftDecision", "IMPORT")))
			.hasMessageContaining("responsibleGroup").hasMessageContaining("deadline");
		assertThat(measures.list(2567)).isEmpty();

		String filledIn = draft.replace("    responsibleGroup:\n", "    responsibleGroup: กลุ่มอำนวยการ\n")
			.replace("    deadline:\n", "    deadline: 2567-09-30\n")
			.replace("reportingQuarters: []", "reportingQuarters: [4]")
			.replace("      - text:\n", "      - text: จัดทำแผนปฏิบัติการป้องกันการทุจริตประจำปี\n");
		actor.complete("sudamanager", review.getId(), Map.of("draftDecision", "IMPORT", "planYaml", filledIn));

		assertThat(measures.find("FY2567-I10")).hasValueSatisfying(m -> {
			assertThat(m.indicators()).containsExactly(10);
			assertThat(m.steps()).hasSize(1);
		});
	}

	@Test
	void theTrendIsChartedInTheStatusView() throws Exception {
		assessments.importYaml(seed());
		BrowserSession manager = new BrowserSession(port);
		manager.logIn("sudamanager", "sudamanager-secret");

		String page = manager.get("/status?fiscalYear=2567").body();

		assertThat(page).contains("ผลการประเมิน ITA รายปี: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาระนอง")
			.contains("95.77 AA").contains("-2.51 ลดลง").contains("+2.61 เพิ่มขึ้น");
	}

	private HttpResponse<String> post(String user, String yaml) throws Exception {
		return post(user, yaml, "th");
	}

	private HttpResponse<String> post(String user, String yaml, String language) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/assessments"))
			.header("Authorization", BrowserSession.basic(user, user + "-secret"))
			.header("Accept-Language", language)
			.header("Content-Type", "application/yaml")
			.POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
