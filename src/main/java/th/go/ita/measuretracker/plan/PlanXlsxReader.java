package th.go.ita.measuretracker.plan;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanDocument.StepEntry;

/**
 * Reads a plan from an XLSX workbook (plans/README.md): sheet "plan" (fiscalYear, organisation), optional sheet
 * "groups" (id, name) and sheet "measures" with one row per step, the measure's columns filled on its first row.
 * Errors name the row and the sheet!column (never a "line": a spreadsheet has rows), as the YAML reader names the
 * line and the field.
 */
@Component
class PlanXlsxReader {

	static final List<String> MEASURE_COLUMNS = List.of("code", "title", "description", "indicators",
			"responsibleGroup", "deadline", "reportingQuarters", "stepOrder", "step", "stepGroup", "stepDue", "cancelled",
			"carriedOverFrom");

	/** The columns of a measure's and a step's fields where they are not named alike. */
	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("steps", "step", "text", "step", "group",
			"stepGroup", "due", "stepDue");

	private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

	PlanYamlReader.Reading read(byte[] bytes) {
		List<FileError> errors = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Map<String, Integer> planRows = new HashMap<>();
			Map<String, String> plan = keyValues(workbook.getSheet("plan"), planRows, errors);
			Integer fiscalYear = plan.get("fiscalYear") == null ? null : integer(plan.get("fiscalYear"), 1, "plan!fiscalYear", errors);
			if (plan.get("fiscalYear") == null) {
				errors.add(FileError.atRow(1, "plan!fiscalYear", Wording.of("file.required")));
			}
			if (fiscalYear != null && !FiscalYear.isBuddhistEra(fiscalYear)) {
				errors.add(FileError.atRow(1, "plan!fiscalYear", Wording.of("file.notBuddhistYear", fiscalYear)));
				fiscalYear = null;
			}
			String organisation = plan.get("organisation");
			if (organisation == null) {
				errors.add(FileError.atRow(1, "plan!organisation", Wording.of("file.required")));
			}
			List<GroupDeclaration> groups = groups(workbook.getSheet("groups"), errors);
			List<MeasureEntry> measures = measures(workbook.getSheet("measures"), errors);
			PlanDocument.Place place = (key, message) -> FileError.atRow(planRows.getOrDefault(key, 1), "plan!" + key, message);
			return new PlanYamlReader.Reading(new PlanDocument(fiscalYear, organisation, groups, measures, place, null), errors);
		}
		catch (Exception ex) {
			errors.add(FileError.atRow(1, "(file)", Wording.of("xlsx.notWorkbook", ex.getMessage())));
			return new PlanYamlReader.Reading(null, errors);
		}
	}

	private Map<String, String> keyValues(Sheet sheet, Map<String, Integer> rows, List<FileError> errors) {
		Map<String, String> values = new HashMap<>();
		if (sheet == null) {
			errors.add(FileError.atRow(1, "plan", Wording.of("xlsx.needsPlanSheet")));
			return values;
		}
		for (Row row : sheet) {
			String key = text(row.getCell(0), row.getRowNum() + 1, "plan!A", errors);
			if (key != null) {
				rows.put(key, row.getRowNum() + 1);
				values.put(key, text(row.getCell(1), row.getRowNum() + 1, "plan!" + key, errors));
			}
		}
		return values;
	}

	private List<GroupDeclaration> groups(Sheet sheet, List<FileError> errors) {
		List<GroupDeclaration> groups = new ArrayList<>();
		if (sheet == null) {
			return groups;
		}
		for (Row row : sheet) {
			int rowNumber = row.getRowNum() + 1;
			if (rowNumber == 1) {
				continue; // header
			}
			String id = text(row.getCell(0), rowNumber, "groups!id", errors);
			String name = text(row.getCell(1), rowNumber, "groups!name", errors);
			if (id != null || name != null) {
				groups.add(new GroupDeclaration(place("groups", rowNumber), id, name));
			}
		}
		return groups;
	}

	private List<MeasureEntry> measures(Sheet sheet, List<FileError> errors) {
		List<MeasureEntry> measures = new ArrayList<>();
		if (sheet == null) {
			errors.add(FileError.atRow(1, "measures", Wording.of("xlsx.needsMeasuresSheet")));
			return measures;
		}
		MeasureRow current = null;
		for (Row row : sheet) {
			int rowNumber = row.getRowNum() + 1;
			if (rowNumber == 1) {
				continue; // header: the columns are in MEASURE_COLUMNS order
			}
			Map<String, String> cells = new HashMap<>();
			Map<String, LocalDate> dates = new HashMap<>();
			for (int i = 0; i < MEASURE_COLUMNS.size(); i++) {
				String column = MEASURE_COLUMNS.get(i);
				Cell cell = row.getCell(i);
				if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
					dates.put(column, cell.getLocalDateTimeCellValue().toLocalDate());
				}
				else {
					cells.put(column, text(cell, rowNumber, "measures!" + column, errors));
				}
			}
			if (cells.get("code") != null) {
				if (current != null) {
					measures.add(current.entry());
				}
				current = new MeasureRow(rowNumber, cells, dates, errors);
			}
			if (cells.get("step") != null || cells.get("code") != null) {
				if (current == null) {
					errors.add(FileError.atRow(rowNumber, "measures!code", Wording.of("xlsx.stepBeforeMeasure")));
					continue;
				}
				current.steps.add(new StepEntry(place("measures", rowNumber), cells.get("step"), cells.get("stepGroup"),
						date(cells.get("stepDue"), dates.get("stepDue"), rowNumber, "measures!stepDue", errors)));
			}
		}
		if (current != null) {
			measures.add(current.entry());
		}
		if (measures.isEmpty()) {
			errors.add(FileError.atRow(1, "measures", Wording.of("xlsx.atLeastOneMeasure")));
		}
		return measures;
	}

	/** One measure's first row, and the steps gathered from the rows under it. */
	private final class MeasureRow {

		final int rowNumber;
		final Map<String, String> cells;
		final Map<String, LocalDate> dates;
		final List<FileError> errors;
		final List<StepEntry> steps = new ArrayList<>();

		MeasureRow(int rowNumber, Map<String, String> cells, Map<String, LocalDate> dates, List<FileError> errors) {
			this.rowNumber = rowNumber;
			this.cells = cells;
			this.dates = dates;
			this.errors = errors;
		}

		MeasureEntry entry() {
			for (String required : List.of("title", "responsibleGroup")) {
				if (cells.get(required) == null) {
					errors.add(FileError.atRow(rowNumber, "measures!" + required, Wording.of("file.required")));
				}
			}
			LocalDate deadline = date(cells.get("deadline"), dates.get("deadline"), rowNumber, "measures!deadline", errors);
			if (deadline == null && cells.get("deadline") == null && dates.get("deadline") == null) {
				errors.add(FileError.atRow(rowNumber, "measures!deadline", Wording.of("file.required")));
			}
			StepOrder order = StepOrder.SEQUENTIAL;
			if (cells.get("stepOrder") != null) {
				try {
					order = StepOrder.valueOf(cells.get("stepOrder").toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					errors.add(FileError.atRow(rowNumber, "measures!stepOrder", Wording.of("plan.stepOrder", cells.get("stepOrder"))));
				}
			}
			for (StepEntry step : steps) {
				if (step.text() == null) {
					errors.add(step.place().error("text", Wording.of("file.required")));
				}
			}
			return new MeasureEntry(place("measures", rowNumber), cells.get("code"), cells.get("title"),
					cells.get("description"), numbers(cells.get("indicators"), rowNumber, "indicators", errors),
					cells.get("responsibleGroup"), deadline, numbers(cells.get("reportingQuarters"), rowNumber,
							"reportingQuarters", errors),
					order, steps, cells.get("cancelled"), cells.get("carriedOverFrom"));
		}
	}

	/** A row of a sheet: each field's error names the row and its column. */
	private static PlanDocument.Place place(String sheet, int row) {
		return (key, message) -> FileError.atRow(row, sheet + "!" + COLUMN_OF_FIELD.getOrDefault(key, key), message);
	}

	private String text(Cell cell, int rowNumber, String field, List<FileError> errors) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.FORMULA) {
			errors.add(FileError.atRow(rowNumber, field, Wording.of("xlsx.formula")));
			return null;
		}
		String value = formatter.formatCellValue(cell).strip();
		return value.isEmpty() ? null : value;
	}

	private static Integer integer(String value, int rowNumber, String field, List<FileError> errors) {
		try {
			return Integer.valueOf(value.replace(".0", ""));
		}
		catch (NumberFormatException ex) {
			errors.add(FileError.atRow(rowNumber, field, Wording.of("file.notWholeNumber", value)));
			return null;
		}
	}

	private static List<Integer> numbers(String value, int rowNumber, String column, List<FileError> errors) {
		List<Integer> numbers = new ArrayList<>();
		if (value == null) {
			errors.add(FileError.atRow(rowNumber, "measures!" + column, Wording.of("file.required")));
			return numbers;
		}
		for (String part : value.split("[,\\s]+")) {
			Integer n = integer(part, rowNumber, "measures!" + column, errors);
			if (n != null) {
				numbers.add(n);
			}
		}
		return numbers;
	}

	private static LocalDate date(String text, LocalDate date, int rowNumber, String field, List<FileError> errors) {
		if (date != null) {
			return date;
		}
		if (text == null) {
			return null;
		}
		try {
			return ThaiDates.parseIsoBuddhist(text);
		}
		catch (IllegalArgumentException ex) {
			errors.add(FileError.atRow(rowNumber, field, ex.getMessage()));
			return null;
		}
	}
}
