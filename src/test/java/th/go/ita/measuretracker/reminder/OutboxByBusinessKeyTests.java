package th.go.ita.measuretracker.reminder;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;

/** /api/outbox?measureId= takes the business key every other URL uses (FY2567-M1), not our internal id. */
@AppTest
class OutboxByBusinessKeyTests {

	@Autowired PlanImportService importer;
	@Autowired MeasureQueries measures;
	@Autowired CleanSlate cleanSlate;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	private long m1;

	@BeforeEach
	void aMailForEachOfTwoMeasures() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		importer.importYaml(ReminderMailTests.ONE_STEP_PLAN, "admin");
		importer.importYaml(ReminderMailTests.ONE_STEP_PLAN.replace("code: R1", "code: R2")
			.replace("organisation: สำนักงานทดสอบการแจ้งเตือน", "organisation: สำนักงานทดสอบการแจ้งเตือนอีกแห่ง"), "admin");
		m1 = measures.find("FY2567-R1").orElseThrow().id();
		queue("first", m1);
		queue("second", measures.find("FY2567-R2").orElseThrow().id());
	}

	@Test
	void theMailsOfOneMeasureAreFoundByItsBusinessKey() throws Exception {
		mvc.perform(get("/api/outbox").param("measureId", "FY2567-R1").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].subject", contains("first")));
		mvc.perform(get("/api/outbox").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].subject", contains("second", "first")));
	}

	@Test
	void anUnknownBusinessKeyOrAnInternalIdIs404() throws Exception {
		mvc.perform(get("/api/outbox").param("measureId", "FY2567-NOPE").with(admin()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/outbox").param("measureId", String.valueOf(m1)).with(admin()))
			.andExpect(status().isNotFound());
	}

	private void queue(String subject, long measureId) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into mail_outbox (dedup_key, kind, recipient, subject, body, measure_id, created_at, status,
				  next_attempt_at) values (?, 'ON_DUE', 'somchai@example.test', ?, 'body', ?, ?, 'LOGGED', ?)""")
			.params("test-" + subject, subject, measureId, now, now)
			.update();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", "test-admin-secret");
	}
}
