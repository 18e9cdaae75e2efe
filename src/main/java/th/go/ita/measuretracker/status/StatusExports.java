package th.go.ita.measuretracker.status;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.security.Viewer;

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
	/** Thai text needs a font that has its glyphs; Laksaman (TLWG, GPL with font exception) ships with the app. */
	private static final String THAI_FONT = "fonts/Laksaman.ttf";
	private static final String THAI_FONT_BOLD = "fonts/Laksaman-Bold.ttf";

	private final StatusService status;

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

	void pdf(StatusFilter filter, Viewer viewer, Locale locale, OutputStream out) throws IOException {
		com.lowagie.text.Font text = new com.lowagie.text.Font(font(THAI_FONT), 10);
		com.lowagie.text.Font heading = new com.lowagie.text.Font(font(THAI_FONT_BOLD), 14);
		Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
		PdfWriter.getInstance(document, out);
		document.open();
		Paragraph title = new Paragraph(Wording.in(locale, "status.title", filter.fiscalYear()), heading);
		title.setSpacingAfter(8);
		document.add(title);
		PdfPTable table = new PdfPTable(new float[] { 8, 31, 14, 11, 5, 7, 6, 9, 9, 5 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers(locale)) {
			PdfPCell cell = new PdfPCell(new Phrase(header, text));
			cell.setBackgroundColor(new Color(0xE4, 0xE7, 0xEB));
			table.addCell(cell);
		}
		status.forEachRow(filter, viewer,
				row -> cells(row, locale).forEach(cell -> table.addCell(new Phrase(cell, text))));
		document.add(table);
		document.close();
	}

	/** Embedded (subset) with Identity-H, so that the PDF's Thai text can be copied and searched. */
	private static BaseFont font(String resource) throws IOException {
		return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
				new ClassPathResource(resource).getContentAsByteArray(), null);
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
