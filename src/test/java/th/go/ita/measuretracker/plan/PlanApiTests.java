package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;

@AppTest
class PlanApiTests {

	@Autowired MockMvc mvc;
	@Autowired CleanSlate cleanSlate;
	@Autowired RuntimeService runtime;
	@Autowired MeasureQueries measures;

	@BeforeEach
	void startFromNothing() {
		cleanSlate.reset();
	}

	@Test
	void importsAPlanAndShowsItsMeasures() throws Exception {
		mvc.perform(post("/api/plans").with(admin())
			.contentType("application/yaml")
			.content(PlanScenarios.seedPlan().getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.started", hasSize(2)));

		mvc.perform(get("/api/measures").param("fiscalYear", "2567").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].businessKey").value("FY2567-M1"))
			.andExpect(jsonPath("$[0].stepsTotal").value(4));
		mvc.perform(get("/api/measures/FY2567-M2").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlineThai").value("30 ก.ย. 2567"))
			.andExpect(jsonPath("$.steps", hasSize(4)))
			.andExpect(jsonPath("$.steps[0].status").value("ACTIVE"));
	}

	@Test
	void aBadPlanIsA400ListingEveryErrorWithItsLineInThai() throws Exception {
		byte[] bad = new org.springframework.core.io.ClassPathResource("plans-bad/four-mistakes.yaml").getContentAsByteArray();

		mvc.perform(multipart("/api/plans").file(new MockMultipartFile("file", "plan.yaml", "application/yaml", bad))
			.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("แผนไม่ถูกนำเข้า"))
			.andExpect(jsonPath("$.detail", startsWith("แผนไม่ถูกนำเข้า: พบข้อผิดพลาด 4 รายการ: "
					+ "บรรทัด 7, measures[1].deadline: ต้องระบุ; ")))
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[0].line").value(7))
			.andExpect(jsonPath("$.errors[0].field").value("measures[1].deadline"))
			.andExpect(jsonPath("$.errors[0].message").value("ต้องระบุ"))
			.andExpect(jsonPath("$.errors[3].message")
				.value("31 พ.ค. 2566 อยู่นอกปีงบประมาณ 2567 (1 ต.ค. 2566 ถึง 30 ก.ย. 2567)"));

		assertThat(measures.list(null)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().count()).isZero();
	}

	@Test
	void aBadPlanSentByAnEnglishSpeakerIsRefusedInEnglishWithTheSameLinesAndFields() throws Exception {
		byte[] bad = new org.springframework.core.io.ClassPathResource("plans-bad/four-mistakes.yaml").getContentAsByteArray();

		mvc.perform(post("/api/plans").with(admin()).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
			.contentType("application/yaml").content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Plan not imported"))
			.andExpect(jsonPath("$.detail", startsWith("Plan not imported (4 errors): line 7, measures[1].deadline: required; ")))
			.andExpect(jsonPath("$.errors[0].line").value(7))
			.andExpect(jsonPath("$.errors[0].field").value("measures[1].deadline"))
			.andExpect(jsonPath("$.errors[3].message")
				.value("31 May 2023 is outside fiscal year 2567 (1 Oct 2023 to 30 Sep 2024)"));
		mvc.perform(post("/api/plans?lang=en").with(admin()).contentType("application/yaml").content(bad))
			.andExpect(jsonPath("$.errors[0].message").value("required"));
	}

	@Test
	void aPlanThatIsNotUtf8IsRefused() throws Exception {
		byte[] tis620 = PlanScenarios.seedPlan().getBytes(Charset.forName("TIS-620"));

		mvc.perform(post("/api/plans").with(admin()).contentType("application/yaml").content(tis620))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("ไม่ใช่ข้อความ UTF-8")));
		assertThat(measures.list(null)).isEmpty();
	}

	@Test
	void aTenMegabytePlanIsRefusedWithoutBeingRead() throws Exception {
		byte[] tenMegabytes = ("# " + "x".repeat(99) + "\n").repeat(100_000).getBytes(StandardCharsets.UTF_8);

		mvc.perform(post("/api/plans").with(admin()).contentType("application/yaml").content(tenMegabytes))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("อัปโหลดได้ไม่เกิน 2,097,152 ไบต์")));
		// a real server refuses such an upload already while parsing it (spring.servlet.multipart, 413); MockMvc
		// hands it over, and the plan's own limit answers
		mvc.perform(multipart("/api/plans").file(new MockMultipartFile("file", "plan.yaml", "application/yaml", tenMegabytes))
			.with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("อัปโหลดได้ไม่เกิน 2,097,152 ไบต์")));
		assertThat(measures.list(null)).isEmpty();
	}

	@Test
	void invalidYamlNamesTheLine() throws Exception {
		mvc.perform(post("/api/plans").with(admin())
			.contentType("application/yaml")
			.content("fiscalYear: 2567\norganisation: [unclosed\nmeasures: []\n"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].message", containsString("ไม่ใช่ YAML ที่ถูกต้อง")));
	}

	@Test
	void anUnknownMeasureIs404() throws Exception {
		mvc.perform(get("/api/measures/FY2567-NOPE").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void anonymousCallersCannotImport() throws Exception {
		mvc.perform(post("/api/plans").contentType("application/yaml").content(PlanScenarios.seedPlan()))
			.andExpect(status().isUnauthorized());
		assertThat(measures.list(null)).isEmpty();
	}

	@Test
	void threeIdenticalPostsAtOnceAreOne201AndNo500() throws Exception {
		byte[] plan = PlanScenarios.seedPlan().getBytes(StandardCharsets.UTF_8);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<MockHttpServletResponse> answers = new ArrayList<>();
		try {
			List<Future<MockHttpServletResponse>> posts = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				posts.add(pool.submit(() -> {
					start.await();
					return mvc.perform(post("/api/plans").with(admin()).contentType("application/yaml").content(plan))
						.andReturn()
						.getResponse();
				}));
			}
			start.countDown();
			for (Future<MockHttpServletResponse> post : posts) {
				answers.add(post.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		// a post that comes after the first one committed finds the same plan: 200, no change
		assertThat(answers).extracting(MockHttpServletResponse::getStatus)
			.allMatch(code -> code == 201 || code == 409 || code == 200)
			.containsOnlyOnce(201);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 201)
			.filteredOn(answer -> contentOf(answer).contains("\"started\":[\"FY2567-M1\",\"FY2567-M2\"]"))
			.hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 409)
			.allSatisfy(answer -> assertThat(contentOf(answer)).contains("นำเข้าแผนซ้อนกัน")
				.contains("กำลังถูกนำเข้าจากอีกคำขอหนึ่งในเวลาเดียวกัน"));
		assertThat(measures.list(null)).extracting(MeasureView::businessKey).containsExactly("FY2567-M1", "FY2567-M2");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("MeasureProcess").count()).isEqualTo(2);
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-secret");
	}
}
