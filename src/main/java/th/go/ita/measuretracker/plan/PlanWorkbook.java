package th.go.ita.measuretracker.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.plan.PlanDiffer.Stored;
import th.go.ita.measuretracker.plan.PlanRepository.MeasureRow;
import th.go.ita.measuretracker.plan.PlanRepository.StepRow;

/**
 * A plan as the XLSX workbook PlanXlsxReader reads (plans/README.md), so that uploading what was downloaded changes
 * nothing; with no measures, the empty template. Headers and an instructions sheet in the reader's language for the
 * people who fill it in (PlanXlsxReader finds the sheets by name and the columns by their order, so a Thai and an
 * English workbook read alike), dropdowns (data validation) for groups, quarters and step order, and every column
 * kept as text, so that Excel never turns a B.E. date such as 2570-06-30 into a date of the Christian year 2570.
 */
@Component
class PlanWorkbook {

	/** How many rows of the measures sheet get the dropdowns: more than any plan has. */
	private static final int ROWS_WITH_CHOICES = 2000;
	private static final List<String> QUARTERS = List.of("1", "2", "3", "4", "2, 4", "1, 2, 3, 4");
	private static final List<String> STEP_ORDERS = List.of("sequential", "parallel");

	/**
	 * @param groups the groups to offer in the dropdowns, id to name
	 * @param locale the language of the headers and the instructions
	 */
	byte[] write(Integer fiscalYear, String organisation, List<Stored> measures, Map<String, String> groups,
			Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setDataFormat(text.getDataFormat());

			Sheet plan = workbook.createSheet("plan");
			keyValue(plan, 0, "fiscalYear", fiscalYear == null ? null : String.valueOf(fiscalYear),
					Wording.in(locale, "planFile.fiscalYear"), text);
			keyValue(plan, 1, "organisation", organisation, Wording.in(locale, "planFile.organisation"), text);
			plan.setColumnWidth(1, 60 * 256);

			Sheet groupSheet = workbook.createSheet("groups");
			headerRow(groupSheet, List.of(Wording.in(locale, "planFile.groupId"), Wording.in(locale, "planFile.groupName")),
					header, text);

			Sheet sheet = workbook.createSheet("measures");
			headerRow(sheet, PlanXlsxReader.MEASURE_COLUMNS.stream()
				.map(column -> Wording.in(locale, "planFile.column." + column))
				.toList(), header, text);
			int row = 1;
			for (Stored stored : measures) {
				if (!"CARRIED_OVER".equals(stored.measure().status())) {
					row = measureRows(sheet, row, stored, text);
				}
			}
			sheet.createFreezePane(0, 1);

			Sheet lists = workbook.createSheet("lists");
			List<String> groupIds = new ArrayList<>(groups.keySet());
			column(lists, 0, groupIds);
			column(lists, 1, QUARTERS);
			column(lists, 2, STEP_ORDERS);
			workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
			choices(sheet, 4, "lists!$A$1:$A$" + Math.max(1, groupIds.size()), false);
			choices(sheet, 9, "lists!$A$1:$A$" + Math.max(1, groupIds.size()), false);
			choices(sheet, 6, "lists!$B$1:$B$" + QUARTERS.size(), false);
			choices(sheet, 7, "lists!$C$1:$C$" + STEP_ORDERS.size(), true);

			Sheet help = workbook.createSheet(Wording.in(locale, "planFile.instructionsSheet"));
			String[] instructions = Wording.in(locale, "planFile.instructions").split("\n");
			for (int i = 0; i < instructions.length; i++) {
				help.createRow(i).createCell(0).setCellValue(instructions[i]);
			}
			help.setColumnWidth(0, 120 * 256);
			workbook.setActiveSheet(workbook.getSheetIndex(sheet));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row per step; the measure's own columns on its first row (PlanXlsxReader). */
	private static int measureRows(Sheet sheet, int row, Stored stored, CellStyle text) {
		MeasureRow m = stored.measure();
		boolean first = true;
		for (StepRow step : stored.steps()) {
			List<String> cells = new ArrayList<>(Collections.nCopies(PlanXlsxReader.MEASURE_COLUMNS.size(), (String) null));
			if (first) {
				cells.set(0, m.code());
				cells.set(1, m.title());
				cells.set(2, m.description() == null || m.description().isEmpty() ? null : m.description());
				cells.set(3, m.indicators().replace(",", ", "));
				cells.set(4, m.responsibleGroup());
				cells.set(5, PlanDiffer.date(m.deadline()));
				cells.set(6, m.reportingQuarters().replace(",", ", "));
				cells.set(7, m.stepOrder().toLowerCase(Locale.ROOT));
				cells.set(11, "CANCELLED".equals(m.status()) ? m.closedReason() : null);
				cells.set(12, m.carriedOverFrom());
			}
			cells.set(8, step.text());
			cells.set(9, step.groupId().equals(m.responsibleGroup()) ? null : step.groupId());
			cells.set(10, PlanYamlWriter.writesDue(m, step) ? PlanDiffer.date(step.dueDate()) : null);
			Row r = sheet.createRow(row++);
			for (int i = 0; i < cells.size(); i++) {
				if (cells.get(i) != null) {
					r.createCell(i).setCellValue(cells.get(i));
					r.getCell(i).setCellStyle(text);
				}
			}
			first = false;
		}
		return row;
	}

	private static void keyValue(Sheet sheet, int row, String key, String value, String explanation, CellStyle text) {
		Row r = sheet.createRow(row);
		r.createCell(0).setCellValue(key);
		if (value != null) {
			r.createCell(1).setCellValue(value);
			r.getCell(1).setCellStyle(text);
		}
		r.createCell(2).setCellValue(explanation);
	}

	private static void headerRow(Sheet sheet, List<String> headers, CellStyle header, CellStyle text) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < headers.size(); i++) {
			row.createCell(i).setCellValue(headers.get(i));
			row.getCell(i).setCellStyle(header);
			sheet.setDefaultColumnStyle(i, text);
			sheet.setColumnWidth(i, (i == 1 || i == 8 ? 50 : 18) * 256);
		}
	}

	private static void column(Sheet sheet, int column, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
			row.createCell(column).setCellValue(values.get(i));
		}
	}

	/**
	 * A dropdown on a column of the measures sheet. Groups may also be written by name and quarters combined
	 * ("1, 3"), so a value not in the list is allowed there; the upload checks it.
	 */
	private static void choices(Sheet sheet, int column, String listRange, boolean onlyListed) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(listRange),
				new CellRangeAddressList(1, ROWS_WITH_CHOICES, column, column));
		validation.setSuppressDropDownArrow(true);
		validation.setShowErrorBox(onlyListed);
		sheet.addValidationData(validation);
	}
}
