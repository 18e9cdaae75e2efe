package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.ProcessFixture;

/**
 * What an office sees when it sends a changed plan to /api/plans: 409 with the difference until it gives the
 * reason, a preview that changes nothing, 200 "no change" for the same plan, and every version listed.
 */
@AppTest
class PlanAmendmentApiTests {

	static final String MOVED = PlanAmendmentScenarios.PLAN.replace("deadline: 2570-06-30", "deadline: 2570-08-31")
		.replace("รวบรวมข้อมูลที่ต้องเปิดเผย", "รวบรวมและจัดหมวดหมู่ข้อมูลที่ต้องเปิดเผย");

	@Autowired MockMvc mvc;
	@Autowired ProcessFixture fixture;
	@Autowired EngineClock clock;
	@Autowired TaskService tasks;
	@Autowired JdbcClient jdbc;

	@BeforeEach
	void the2570PlanImported() throws Exception {
		fixture.freshStart();
		clock.set(LocalDateTime.of(2027, 4, 1, 9, 0));
		mvc.perform(yaml(post("/api/plans"), PlanAmendmentScenarios.PLAN).with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("IMPORTED"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void aChangedPlanWithoutAReasonIs409WithTheDifferenceAndNothingChanges() throws Exception {
		mvc.perform(yaml(post("/api/plans"), MOVED).with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.baseVersion").value(1))
			.andExpect(jsonPath("$.detail", containsString("amendmentReason")))
			.andExpect(jsonPath("$.difference.measures", hasSize(1)))
			.andExpect(jsonPath("$.difference.measures[0].businessKey").value("FY2570-M1"))
			.andExpect(jsonPath("$.difference.measures[0].fields[0].field").value("deadline"))
			.andExpect(jsonPath("$.difference.measures[0].fields[0].from").value("2570-06-30"))
			.andExpect(jsonPath("$.difference.measures[0].fields[0].to").value("2570-08-31"))
			.andExpect(jsonPath("$.difference.measures[0].steps[0].fields[0].field").value("text"));
		mvc.perform(yaml(post("/api/plans").param("amendmentReason", "   "), MOVED).with(admin()))
			.andExpect(status().isConflict());

		assertUnchanged();
	}

	@Test
	void thePreviewAnswersTheDifferenceAndChangesNothing() throws Exception {
		mvc.perform(yaml(post("/api/plans/preview"), MOVED).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("CHANGED"))
			.andExpect(jsonPath("$.baseVersion").value(1))
			.andExpect(jsonPath("$.refusals", hasSize(0)))
			.andExpect(jsonPath("$.difference.measures[0].change").value("CHANGED"))
			.andExpect(jsonPath("$.difference.measures[0].steps[0].change").value("CHANGED"))
			.andExpect(jsonPath("$.difference.measures[0].steps[0].fields[0].to")
				.value("รวบรวมและจัดหมวดหมู่ข้อมูลที่ต้องเปิดเผย"));

		assertUnchanged();
	}

	@Test
	void theSamePlanAgainIs200NoChange() throws Exception {
		mvc.perform(yaml(post("/api/plans"), PlanAmendmentScenarios.PLAN).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("UNCHANGED"))
			.andExpect(jsonPath("$.message").value("แผนเหมือนแผนที่บันทึกไว้ ไม่มีการเปลี่ยนแปลง"))
			.andExpect(jsonPath("$.alreadyImported", hasSize(2)));
		mvc.perform(yaml(post("/api/plans/preview"), PlanAmendmentScenarios.PLAN).with(admin()))
			.andExpect(jsonPath("$.outcome").value("UNCHANGED"));
		assertUnchanged();
	}

	@Test
	void withAReasonTheAmendmentIsAppliedAndEveryVersionIsListedWithWhoWhenAndWhy() throws Exception {
		mvc.perform(yaml(post("/api/plans").param("amendmentReason", "ผู้อำนวยการอนุมัติ 12/2570").param("baseVersion", "1"),
				MOVED).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("AMENDED"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.difference.measures[0].businessKey").value("FY2570-M1"));

		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M1").singleResult().getName())
			.isEqualTo("รวบรวมและจัดหมวดหมู่ข้อมูลที่ต้องเปิดเผย");
		mvc.perform(get("/api/plans/2570/versions").with(httpBasic("sudamanager", "sudamanager-secret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].version").value(2))
			.andExpect(jsonPath("$[0].createdBy").value("admin"))
			.andExpect(jsonPath("$[0].createdAt", containsString("2027-04-01T09:00")))
			.andExpect(jsonPath("$[0].reason").value("ผู้อำนวยการอนุมัติ 12/2570"))
			.andExpect(jsonPath("$[0].changes[0].kind").value("CHANGED"))
			.andExpect(jsonPath("$[1].version").value(1))
			.andExpect(jsonPath("$[1].reason").doesNotExist());
		mvc.perform(get("/api/measures/FY2570-M1").with(admin()))
			.andExpect(jsonPath("$.deadline").value("2027-08-31"));
	}

	@Test
	void anAmendmentConfirmedOnAnOlderPreviewIs409AndATooLongReason400() throws Exception {
		mvc.perform(yaml(post("/api/plans").param("amendmentReason", "ขยายเวลา"), MOVED).with(admin()))
			.andExpect(status().isOk());
		String back = MOVED.replace("deadline: 2570-08-31", "deadline: 2570-09-15");

		mvc.perform(yaml(post("/api/plans").param("amendmentReason", "อีกครั้ง").param("baseVersion", "1"), back)
			.with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.baseVersion").value(2))
			.andExpect(jsonPath("$.title").value("แผนต่างจากแผนที่บันทึกไว้"))
			.andExpect(jsonPath("$.detail").value("แผนถูกแก้ไขไปแล้วหลังจากที่ดูตัวอย่าง: ตอนนี้เป็นฉบับที่ 2 ไม่ใช่ฉบับที่ 1"
					+ " ที่ดูตัวอย่างไว้ กรุณาดูตัวอย่างอีกครั้ง"));
		mvc.perform(yaml(post("/api/plans").param("amendmentReason", "อีกครั้ง").param("baseVersion", "1"), back)
			.header("Accept-Language", "en").with(admin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("The plan differs from the stored one"))
			.andExpect(jsonPath("$.detail").value("The plan is at version 2 now, not the version 1 the change was previewed"
					+ " on; preview it again"));
		mvc.perform(yaml(post("/api/plans").param("amendmentReason", "ก".repeat(2001)), back).with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amendmentReason"));
		assertThat(jdbc.sql("select count(*) from plan_version").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aManagerMayReadButNeitherPreviewNorAmend() throws Exception {
		RequestPostProcessor manager = httpBasic("sudamanager", "sudamanager-secret");
		mvc.perform(yaml(post("/api/plans").param("amendmentReason", "ขยายเวลา"), MOVED).with(manager))
			.andExpect(status().isForbidden());
		mvc.perform(yaml(post("/api/plans/preview"), MOVED).with(manager)).andExpect(status().isForbidden());
		mvc.perform(get("/api/plans/2570/versions").with(httpBasic("somchai", "somchai-secret")))
			.andExpect(status().isForbidden());
		assertUnchanged();
	}

	private void assertUnchanged() {
		assertThat(jdbc.sql("select count(*) from plan_version").query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select deadline from measure where business_key = 'FY2570-M1'").query(String.class).single())
			.isEqualTo("2027-06-30");
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("FY2570-M1").singleResult())
			.satisfies(task -> {
				assertThat(task.getName()).isEqualTo("รวบรวมข้อมูลที่ต้องเปิดเผย");
				assertThat(task.getDueDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2027, 6, 30, 16, 30)));
			});
	}

	private static MockHttpServletRequestBuilder yaml(MockHttpServletRequestBuilder request, String plan) {
		return request.contentType("application/yaml").content(plan.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-secret");
	}
}
