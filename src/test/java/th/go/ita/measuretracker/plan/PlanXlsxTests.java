package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.CleanSlate;

/** A plan kept in Excel, as many offices do: the same rules as YAML, errors by row and column. */
@AppTest
class PlanXlsxTests {

	@Autowired MockMvc mvc;
	@Autowired CleanSlate cleanSlate;
	@Autowired MeasureQueries measures;
	@Autowired RuntimeService runtime;

	@BeforeEach
	void startFromNothing() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
	}

	@Test
	void aWorkbookBecomesMeasuresWithTheirSteps() throws Exception {
		byte[] xlsx = workbook(List.of(
				List.of("X1", "เผยแพร่ข้อมูลผ่านเว็บไซต์", "", "9, 10", "กลุ่มอำนวยการ", "2567-05-31", "3", "sequential",
						"จัดทำหน้าเว็บ"),
				List.of("", "", "", "", "", "", "", "", "ประชาสัมพันธ์ช่องทาง")), false);

		mvc.perform(multipart("/api/plans").file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream", xlsx))
			.with(httpBasic("admin", "test-admin-secret")))
			.andExpect(status().isCreated());

		MeasureView x1 = measures.find("FY2567-X1").orElseThrow();
		assertThat(x1.title()).isEqualTo("เผยแพร่ข้อมูลผ่านเว็บไซต์");
		assertThat(x1.indicators()).containsExactly(9, 10);
		assertThat(x1.steps()).extracting(MeasureView.StepView::text).containsExactly("จัดทำหน้าเว็บ", "ประชาสัมพันธ์ช่องทาง");
	}

	@Test
	void aFormulaAnUnknownGroupAndAMissingTitleAreRefusedByRowAndColumnAndNothingIsStored() throws Exception {
		byte[] xlsx = workbook(List.of(
				List.of("X1", "", "", "9", "กลุ่มที่ไม่มี", "2567-05-31", "3", "", "ขั้นเดียว"),
				List.of("X2", "มีสูตร", "", "9", "กลุ่มอำนวยการ", "FORMULA", "3", "", "ขั้นเดียว")), true);

		mvc.perform(multipart("/api/plans").file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream", xlsx))
			.with(httpBasic("admin", "test-admin-secret")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("ไม่รับสูตร ให้พิมพ์ค่าลงไปเอง")))
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!title')].row", hasItem(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!responsibleGroup')].row", hasItem(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!responsibleGroup')].message",
					hasItem(startsWith("ไม่รู้จักกลุ่ม \"กลุ่มที่ไม่มี\""))))
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!deadline')].row", hasItem(3)))
			// a workbook has rows, not lines (plans/README.md)
			.andExpect(jsonPath("$.errors[*].line").isEmpty())
			.andExpect(jsonPath("$.detail", containsString("แถว 3, measures!deadline")))
			.andExpect(jsonPath("$.detail", not(matchesPattern("(?s).*บรรทัด \\d.*"))));

		assertThat(measures.list(null)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().count()).isZero();
	}

	@Test
	void aStepTextLongerThanAllowedIsRefusedByRowAndStepColumn() throws Exception {
		byte[] xlsx = workbook(List.of(
				List.of("X1", "เผยแพร่ข้อมูล", "", "9", "กลุ่มอำนวยการ", "2567-05-31", "3", "", "ขั้นแรก"),
				List.of("", "", "", "", "", "", "", "", "ข".repeat(2001)),
				List.of("", "", "", "", "", "", "", "", "ขั้นสุดท้าย", "กลุ่ม".repeat(52))), false);

		mvc.perform(multipart("/api/plans").file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream", xlsx))
			.with(httpBasic("admin", "test-admin-secret")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!step')].row", contains(3)))
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!step')].message", contains(containsString("ยาวเกิน 2000 ตัวอักษร"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!stepGroup')].row", contains(4)))
			.andExpect(jsonPath("$.errors[?(@.field == 'measures!stepGroup')].message", contains(containsString("ยาวเกิน 255 ตัวอักษร"))));

		assertThat(measures.list(null)).isEmpty();
	}

	private static byte[] workbook(List<List<String>> rows, boolean formulaForDeadline) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet plan = workbook.createSheet("plan");
			Row year = plan.createRow(0);
			year.createCell(0).setCellValue("fiscalYear");
			year.createCell(1).setCellValue(2567);
			Row organisation = plan.createRow(1);
			organisation.createCell(0).setCellValue("organisation");
			organisation.createCell(1).setCellValue("สำนักงานทดสอบ Excel");
			Sheet measures = workbook.createSheet("measures");
			Row header = measures.createRow(0);
			for (int i = 0; i < PlanXlsxReader.MEASURE_COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(PlanXlsxReader.MEASURE_COLUMNS.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = measures.createRow(r + 1);
				List<String> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					if ("FORMULA".equals(values.get(c)) && formulaForDeadline) {
						row.createCell(c).setCellFormula("TODAY()");
					}
					else if (!values.get(c).isEmpty()) {
						row.createCell(c).setCellValue(values.get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
