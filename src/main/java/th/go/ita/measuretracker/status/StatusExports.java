package th.go.ita.measuretracker.status;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.security.Viewer;
import th.go.ita.measuretracker.typeset.ThaiPdf;

/**
 * Writes exactly the rows of a filtered overview (all of them, not one page) as CSV, XLSX or PDF, in the language
 * of the page they were downloaded from. Rows are streamed from the database one at a time.
 */
@Component
@RequiredArgsConstructor
class StatusExports {

	private static final String[] COLUMNS = { "status.col.code", "status.col.title", "status.col.group",
			"status.col.deadline", "status.col.steps", "status.col.report", "status.col.progress",
			"status.col.reportState", "status.col.state", "status.col.evidence" };
	/** The PDF's column widths, % of the landscape page. */
	private static final List<Integer> PDF_WIDTHS = List.of(10, 29, 13, 11, 6, 7, 7, 8, 6, 3);

	private final StatusService status;
	private final ThaiPdf thaiPdf;

	void csv(StatusFilter filter, Viewer viewer, Locale locale, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF'); // so that Excel reads the file as UTF-8 and shows the Thai
		writer.write(csvLine(headers(locale)));
		status.forEachRow(filter, viewer, row -> {
			try {
				writer.write(csvLine(cells(row, locale)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		writer.flush();
	}

	void xlsx(StatusFilter filter, Viewer viewer, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(Wording.in(locale, "status.sheet", filter.fiscalYear()));
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			int[] widths = { 14, 60, 24, 18, 8, 14, 10, 20, 16, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			write(sheet.createRow(0), headers(locale), header);
			int[] next = { 1 };
			status.forEachRow(filter, viewer, row -> write(sheet.createRow(next[0]++), cells(row, locale), null));
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** Thai shaped and broken between words by Chromium (typeset/ThaiPdf); the rows are held for the page. */
	byte[] pdf(StatusFilter filter, Viewer viewer, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		status.forEachRow(filter, viewer, row -> rows.add(cells(row, locale)));
		return thaiPdf.print("status/export-pdf", Map.of("lang", locale.getLanguage(), "title",
				Wording.in(locale, "status.title", filter.fiscalYear()), "headers", headers(locale), "widths", PDF_WIDTHS,
				"rows", rows));
	}

	private static List<String> headers(Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String column : COLUMNS) {
			headers.add(Wording.in(locale, column));
		}
		return headers;
	}

	private static List<String> cells(StatusRow row, Locale locale) {
		return List.of(row.businessKey(), row.title(), row.groupName(), ThaiDates.date(row.deadline(), locale),
				row.stepsDone() + "/" + row.stepsTotal(),
				row.reportQuarter() == null ? "" : row.reportQuarter() + "/" + row.reportFiscalYear(),
				row.reportProgress() == null ? "" : String.valueOf(row.reportProgress()),
				row.reportState() == null ? "" : Wording.in(locale, "reportState." + row.reportState()),
				Wording.in(locale, "state." + row.state().name()), String.valueOf(row.evidenceCount()));
	}

	private static void write(Row row, List<String> values, CellStyle style) {
		for (int i = 0; i < values.size(); i++) {
			var cell = row.createCell(i);
			cell.setCellValue(values.get(i));
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	static String csvLine(List<String> values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			String value = values.get(i);
			// a leading =, +, - or @ would run as a formula in Excel
			if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			line.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		return line.append("\r\n").toString();
	}
}
