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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.security.Viewer;
import th.go.ita.measuretracker.typeset.ThaiPdf;

/**
 * Writes exactly the rows of a filtered overview (all of them, not one page) as CSV, XLSX or PDF, Thai first.
 * Rows are streamed from the database one at a time.
 */
@Component
@RequiredArgsConstructor
class StatusExports {

	static final Locale THAI = Locale.forLanguageTag("th");
	private static final String[] COLUMNS = { "status.col.code", "status.col.title", "status.col.group",
			"status.col.deadline", "status.col.steps", "status.col.report", "status.col.progress",
			"status.col.reportState", "status.col.state" };
	/** The PDF's column widths, % of the landscape page. */
	private static final List<Integer> PDF_WIDTHS = List.of(11, 30, 13, 11, 6, 7, 7, 8, 7);

	private final StatusService status;
	private final MessageSource messages;
	private final ThaiPdf thaiPdf;

	void csv(StatusFilter filter, Viewer viewer, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF'); // so that Excel reads the file as UTF-8 and shows the Thai
		writer.write(csvLine(headers()));
		status.forEachRow(filter, viewer, row -> {
			try {
				writer.write(csvLine(cells(row)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		writer.flush();
	}

	void xlsx(StatusFilter filter, Viewer viewer, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("สถานะมาตรการ " + filter.fiscalYear());
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			int[] widths = { 14, 60, 24, 18, 8, 14, 10, 20, 16 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			write(sheet.createRow(0), headers(), header);
			int[] next = { 1 };
			status.forEachRow(filter, viewer, row -> write(sheet.createRow(next[0]++), cells(row), null));
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** Thai shaped and broken between words by Chromium (typeset/ThaiPdf); the rows are held for the page. */
	byte[] pdf(StatusFilter filter, Viewer viewer) {
		List<List<String>> rows = new ArrayList<>();
		status.forEachRow(filter, viewer, row -> rows.add(cells(row)));
		return thaiPdf.print("status/export-pdf", Map.of("title",
				messages.getMessage("status.title", new Object[] { filter.fiscalYear() }, THAI), "headers", headers(),
				"widths", PDF_WIDTHS, "rows", rows));
	}

	private List<String> headers() {
		List<String> headers = new ArrayList<>();
		for (String column : COLUMNS) {
			headers.add(messages.getMessage(column, null, THAI));
		}
		return headers;
	}

	private List<String> cells(StatusRow row) {
		return List.of(row.businessKey(), row.title(), row.groupName(), row.deadlineThai(),
				row.stepsDone() + "/" + row.stepsTotal(),
				row.reportQuarter() == null ? "" : row.reportQuarter() + "/" + row.reportFiscalYear(),
				row.reportProgress() == null ? "" : String.valueOf(row.reportProgress()),
				row.reportState() == null ? "" : messages.getMessage("reportState." + row.reportState(), null, THAI),
				messages.getMessage("state." + row.state().name(), null, THAI));
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
