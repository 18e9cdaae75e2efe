package th.go.ita.measuretracker.reminder;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.EngineClock;

/** The embedded default has no SMTP server: reminders are logged and stay readable in the outbox. */
@AppTest
class OutboxWithoutSmtpTests {

	@Autowired PlanImportService importer;
	@Autowired OutboxSender sender;
	@Autowired EngineClock clock;
	@Autowired CleanSlate cleanSlate;
	@Autowired JdbcClient jdbc;
	@Autowired MockMvc mvc;

	@Test
	void remindersAreLoggedAndListedByTheApi() throws Exception {
		cleanSlate.reset();
		jdbc.sql("delete from mail_outbox").update();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
		clock.set(LocalDateTime.of(2024, 4, 1, 9, 0));
		importer.importYaml(ReminderMailTests.ONE_STEP_PLAN, "admin");
		clock.advanceTo(LocalDateTime.of(2024, 5, 24, 9, 0));

		sender.sendDue(OfficeTime.now());

		mvc.perform(get("/api/outbox").with(httpBasic("admin", "test-admin-secret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].status").value("LOGGED"))
			.andExpect(jsonPath("$[0].recipient").value("somchai@example.test"))
			.andExpect(jsonPath("$[0].subject", is("[FY2567-R1] อีก 7 วันครบกำหนด 31 พ.ค. 2567: เผยแพร่ช่องทางร้องเรียนบนเว็บไซต์")));
	}
}
