package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import th.go.ita.measuretracker.plan.PlanImportService.Amendment;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.EngineClock;
import th.go.ita.measuretracker.support.ProcessFixture;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/**
 * The plans page as an office uses it: an admin uploads, reads the errors in Thai where the file has them, previews,
 * confirms with a reason; a manager reads and downloads; a downloaded plan uploaded again changes nothing.
 */
@AppTest
class PlansPageTests {

	static final String MOVED = PlanAmendmentScenarios.PLAN.replace("deadline: 2570-06-30", "deadline: 2570-08-31");

	@Autowired MockMvc mvc;
	@Autowired ProcessFixture fixture;
	@Autowired EngineClock clock;
	@Autowired PlanImportService importer;
	@Autowired TaskService tasks;
	@Autowired JdbcClient jdbc;
	@Autowired Actor actor;

	@BeforeEach
	void the2570PlanImported() {
		fixture.freshStart();
		clock.set(LocalDateTime.of(2027, 4, 1, 9, 0));
		importer.importYaml(PlanAmendmentScenarios.PLAN, "admin");
	}

	@Test
	void anUploadWithErrorsShowsEachInThaiWithItsLineAndFieldAndStoresNothing() throws Exception {
		String bad = PlanAmendmentScenarios.PLAN.replace("deadline: 2570-06-30", "deadline: 2569-06-30")
			.replace("indicators: [10]", "indicators: [11]");

		Document page = page(mvc.perform(multipart("/plans/preview").file(file("plan.yaml", bad)).with(csrf()).with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#plan-errors tbody tr")).extracting(row -> row.text())
			.containsExactly("บรรทัด 8 measures[1].deadline 30 มิ.ย. 2569 อยู่นอกปีงบประมาณ 2570 (1 ต.ค. 2569 ถึง 30 ก.ย. 2570)",
					"บรรทัด 15 measures[2].indicators 11 ใช้ไม่ได้: ตัวชี้วัด ITA มีหมายเลข 1 ถึง 10");
		assertThat(page.select("#plan-preview")).isEmpty();
		assertThat(versions()).isOne();

		Document english = page(mvc.perform(multipart("/plans/preview?lang=en").file(file("plan.yaml", bad))
			.with(csrf()).with(admin())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(english.select("#plan-errors tbody tr")).extracting(row -> row.text())
			.containsExactly("line 8 measures[1].deadline 30 Jun 2026 is outside fiscal year 2570 (1 Oct 2026 to 30 Sep 2027)",
					"line 15 measures[2].indicators 11 is not allowed: ITA indicators are numbered 1 to 10");
		assertThat(english.select("#plan-errors").text()).as("one language").doesNotContainPattern("[\\u0E00-\\u0E7F]");
	}

	@Test
	void whatAnAmendmentMayNotDoIsShownInThePagesLanguageAndCannotBeConfirmed() throws Exception {
		String withoutAStartedStep = PlanAmendmentScenarios.PLAN.replace("      - text: อบรมเจ้าหน้าที่\n", "");

		Document thai = page(mvc.perform(multipart("/plans/preview").file(file("plan.yaml", withoutAStartedStep))
			.with(csrf()).with(admin())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Document english = page(mvc.perform(multipart("/plans/preview").file(file("plan.yaml", withoutAStartedStep))
			.header("Accept-Language", "en").with(csrf()).with(admin())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(thai.select("#plan-refusals tbody tr")).extracting(row -> row.text()).containsExactly(
				"บรรทัด 21 measures[2].steps ขั้นตอนที่ 2 ของ FY2570-M2 \"อบรมเจ้าหน้าที่\" เริ่มดำเนินการแล้ว นำออกจากแผนไม่ได้");
		assertThat(english.select("#plan-refusals tbody tr")).extracting(row -> row.text()).containsExactly(
				"line 21 measures[2].steps step 2 of FY2570-M2, \"อบรมเจ้าหน้าที่\", has started and cannot be removed");
		assertThat(english.select("#plan-refusals h3").text()).isEqualTo("This file cannot be applied");
		assertThat(thai.select("#confirm-form")).isEmpty();
		assertThat(versions()).isOne();
	}

	@Test
	void aPreviewChangesNothingAndAConfirmedAmendmentShowsInTheMeasureDetail() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Document preview = page(mvc.perform(multipart("/plans/preview").file(file("plan.yaml", MOVED)).session(session)
			.with(csrf()).with(admin())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(preview.select("#preview-outcome").text()).isEqualTo("ต่างจากแผนฉบับที่ 1 ของ สำนักงานทดสอบการแก้ไขแผน ดังนี้");
		assertThat(preview.select("#plan-preview tr[data-measure=FY2570-M1]").text())
			.contains("แก้ไข", "กำหนดแล้วเสร็จ: 2570-06-30 → 2570-08-31", "แก้ไขขั้นตอนที่ 1",
					"กำหนดของขั้นตอน: 2570-06-30 → 2570-08-31");
		assertThat(versions()).as("a preview changes nothing").isOne();
		String upload = preview.select("#confirm-form input[name=upload]").val();

		mvc.perform(post("/plans/confirm").param("upload", upload).param("baseVersion", "1").session(session)
			.with(csrf()).with(admin())).andExpect(status().isOk());
		assertThat(versions()).as("no reason, no amendment").isOne();

		mvc.perform(post("/plans/confirm").param("upload", upload).param("baseVersion", "1")
			.param("amendmentReason", "ผู้อำนวยการอนุมัติขยายเวลา").session(session).with(admin()))
			.andExpect(status().isForbidden());
		assertThat(versions()).as("no CSRF token, no amendment").isOne();

		mvc.perform(post("/plans/confirm").param("upload", upload).param("baseVersion", "1")
			.param("amendmentReason", "ผู้อำนวยการอนุมัติขยายเวลา").session(session).with(csrf()).with(admin()))
			.andExpect(redirectedUrlPattern("/plans?fiscalYear=2570"));
		assertThat(versions()).isEqualTo(2);

		Document detail = page(mvc.perform(get("/status/measures/FY2570-M1").with(manager())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(detail.select("#amendments").text()).contains("ฉบับที่ 2", "โดย admin", "ผู้อำนวยการอนุมัติขยายเวลา",
				"FY2570-M1: กำหนดแล้วเสร็จ 2570-06-30 → 2570-08-31");
		assertThat(detail.select("#measure-closed")).isEmpty();
	}

	@Test
	void aManagerReadsAndDownloadsButCannotUploadAMemberSeesNothing() throws Exception {
		Document page = page(mvc.perform(get("/plans").with(manager())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#upload-form")).isEmpty();
		assertThat(page.select("section.plan table tbody tr")).hasSize(2);
		assertThat(page.select("#plan-versions tbody tr")).hasSize(1);
		mvc.perform(get("/plans/2570/plan.yaml").with(manager())).andExpect(status().isOk());

		mvc.perform(multipart("/plans/preview").file(file("plan.yaml", MOVED)).with(csrf()).with(manager()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/plans").with(user("somchai"))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/2570/plan.xlsx").with(user("somchai"))).andExpect(status().isForbidden());
		mvc.perform(get("/plans")).andExpect(redirectedUrlPattern("**/login"));
		assertThat(page(mvc.perform(get("/plans").with(admin())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).select("#upload-form")).hasSize(1);
	}

	@Test
	void theCurrentPlanDownloadedAsYamlOrXlsxAndUploadedAgainChangesNothing() throws Exception {
		// a plan with history: a completed step, a removed and an added step, a step of its own group and date, a
		// cancelled measure
		complete("FY2570-M1");
		importer.importYaml(PlanAmendmentScenarios.PLAN
			.replace("deadline: 2570-06-30", "deadline: 2570-05-31")
			.replace("      - text: เผยแพร่ข้อมูลบนเว็บไซต์\n",
					"      - text: ส่งข้อมูลให้กลุ่มการเงินตรวจ\n        group: finance\n        due: 2570-05-15\n")
			.replace("    stepOrder: parallel\n", "    stepOrder: parallel\n    cancelled: \"ยุบรวม: ตาม \\\"หนังสือ\\\" ที่ 5\"\n"),
				"admin", new Amendment("ปรับแผนกลางปี", null));

		byte[] yaml = mvc.perform(get("/plans/2570/plan.yaml").with(manager())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		byte[] xlsx = mvc.perform(get("/plans/2570/plan.xlsx").with(manager())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();

		assertThat(new String(yaml, StandardCharsets.UTF_8)).contains("due: 2570-05-15", "group: \"finance\"",
				"cancelled: \"ยุบรวม: ตาม \\\"หนังสือ\\\" ที่ 5\"");
		mvc.perform(multipart("/api/plans/preview").file(file("plan.yaml", yaml)).with(apiAdmin()))
			.andExpect(jsonPath("$.outcome").value("UNCHANGED"));
		mvc.perform(multipart("/api/plans").file(file("plan.yaml", yaml)).with(apiAdmin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("UNCHANGED"));
		mvc.perform(multipart("/api/plans").file(file("plan.xlsx", xlsx)).with(apiAdmin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("UNCHANGED"));
		byte[] englishXlsx = mvc.perform(get("/plans/2570/plan.xlsx?lang=en").with(manager()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		mvc.perform(multipart("/api/plans").file(file("plan.xlsx", englishXlsx)).with(apiAdmin()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("UNCHANGED"));
		assertThat(versions()).isEqualTo(2);
	}

	@Test
	void theTemplateHasHeadersAndInstructionsInTheReadersLanguageAndDropdownsAndEmptyItIsRefusedNotAServerError()
			throws Exception {
		byte[] template = mvc.perform(get("/plans/template.xlsx").with(manager())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			XSSFSheet measures = workbook.getSheet("measures");
			assertThat(measures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("รหัสมาตรการ");
			assertThat(measures.getRow(0).getCell(5).getStringCellValue()).isEqualTo("กำหนดแล้วเสร็จ (พ.ศ.)");
			assertThat(measures.getLastRowNum()).as("no measures").isZero();
			assertThat(workbook.getSheet("คำอธิบาย").getRow(0).getCell(0).getStringCellValue()).startsWith("วิธีกรอกแผนมาตรการ");
			assertThat(workbook.isSheetHidden(workbook.getSheetIndex("lists"))).isTrue();
			assertThat(measures.getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
					v -> v.getValidationConstraint().getFormula1())
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(4, "lists!$A$1:$A$3"),
						org.assertj.core.groups.Tuple.tuple(9, "lists!$A$1:$A$3"),
						org.assertj.core.groups.Tuple.tuple(6, "lists!$B$1:$B$6"),
						org.assertj.core.groups.Tuple.tuple(7, "lists!$C$1:$C$2"));
			assertThat(measures.getDataValidations()).allMatch(v -> v.getValidationConstraint().getValidationType()
					== DataValidationConstraint.ValidationType.LIST);
			assertThat(workbook.getSheet("lists").getRow(0).getCell(0).getStringCellValue()).isIn("directorate", "finance",
					"managers");
		}
		byte[] english = mvc.perform(get("/plans/template.xlsx?lang=en").with(manager()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
			assertThat(workbook.getSheet("measures").getRow(0).getCell(5).getStringCellValue()).isEqualTo("Deadline (B.E.)");
			assertThat(workbook.getSheet("Instructions").getRow(0).getCell(0).getStringCellValue()).startsWith("How to fill in");
			assertThat(workbook.getSheet("คำอธิบาย")).isNull();
		}
		mvc.perform(multipart("/api/plans").file(file("plan.xlsx", template)).with(apiAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plan!fiscalYear"));
	}

	@Test
	void afterThe30thOfSeptemberTheOpenMeasuresAreListedForADraftOfNextYearsPlan() throws Exception {
		assertThat(page(mvc.perform(get("/plans").with(admin())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).select("#year-end")).isEmpty();
		clock.set(LocalDateTime.of(2027, 10, 1, 8, 0));

		Document page = page(mvc.perform(get("/plans").param("fiscalYear", "2570").with(admin())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("#year-end input[name=measure]")).extracting(input -> input.val())
			.containsExactly("FY2570-M1", "FY2570-M2");
		String draft = mvc.perform(get("/plans/2570/carry-over.yaml").param("organisation", "สำนักงานทดสอบการแก้ไขแผน")
			.param("measure", "FY2570-M2").with(manager())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(draft).contains("fiscalYear: 2571", "carriedOverFrom: \"FY2570-M2\"").doesNotContain("FY2570-M1");
		mvc.perform(get("/plans/2570/carry-over.xlsx").param("organisation", "สำนักงานทดสอบการแก้ไขแผน")
			.param("measure", "FY2570-M2").with(manager())).andExpect(status().isOk());
		mvc.perform(get("/plans/2570/carry-over.yaml").param("organisation", "สำนักงานอื่น").param("measure", "FY2570-M2")
			.with(manager())).andExpect(status().isNotFound());
		assertThat(versions()).isOne();
	}

	private long versions() {
		return jdbc.sql("select count(*) from plan_version").query(Long.class).single();
	}

	private void complete(String businessKey) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
		actor.complete("somchai", task.getId(), Map.of(MeasureProcess.WHAT_DONE, "ดำเนินการแล้ว", MeasureProcess.DATE_DONE,
				"2027-04-01"));
	}

	private static MockMultipartFile file(String name, String content) {
		return file(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

	private static RequestPostProcessor admin() {
		return user("admin").authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
	}

	private static RequestPostProcessor manager() {
		return user("sudamanager").authorities(new SimpleGrantedAuthority("ROLE_MANAGER"));
	}

	private static RequestPostProcessor apiAdmin() {
		return httpBasic("admin", "test-admin-secret");
	}
}
