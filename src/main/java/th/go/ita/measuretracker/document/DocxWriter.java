package th.go.ita.measuretracker.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.document.DocumentContent.Block;
import th.go.ita.measuretracker.document.DocumentContent.Cell;
import th.go.ita.measuretracker.document.DocumentContent.Line;
import th.go.ita.measuretracker.document.DocumentContent.Row;

/**
 * A document as DOCX, in the Thai government style the PDF has: A4, margins 3 cm left and 2-2.5 cm elsewhere,
 * Laksaman (TH Sarabun's metrics) 16 pt (tables 14 pt) for Latin and Thai alike (Word sets Thai with the complex-script font and
 * size, so both are named), page numbers "- 2 -" at the top from page 2 on. Word and LibreOffice break Thai lines
 * with their own dictionaries.
 */
@Component
class DocxWriter {

	static final String FONT = "Laksaman";
	private static final int BODY_PT = 16;
	/** Tables are set a size smaller, as in the PDF: a measures table's five columns fit the portrait page. */
	private static final int TABLE_PT = 14;
	private static final int A4_WIDTH = 11906;
	private static final int A4_HEIGHT = 16838;
	private static final int LEFT = 1701;
	private static final int RIGHT = 1134;
	/** The width text may take, in twentieths of a point. */
	private static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

	byte[] write(DocumentContent content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(content.title());
			document.getProperties().getCoreProperties().setCreator("measure-tracker");
			page(document);
			Writer writer = new Writer(document);
			for (Block block : content.blocks()) {
				writer.write(block);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the DOCX", ex);
		}
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1417));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(LEFT));
		margins.setRight(BigInteger.valueOf(RIGHT));
		margins.setHeader(BigInteger.valueOf(709));
		margins.setFooter(BigInteger.valueOf(709));
		// the first page (the cover) has no number: an empty first-page header
		document.createHeader(HeaderFooterType.FIRST);
		XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		text(number, "- ", false, BODY_PT);
		number.getCTP().addNewFldSimple().setInstr("PAGE");
		text(number, " -", false, BODY_PT);
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	/** Writes blocks one after the other, remembering that the next paragraph starts a new page. */
	private static final class Writer {

		private final XWPFDocument document;
		private boolean newPage;

		Writer(XWPFDocument document) {
			this.document = document;
		}

		void write(Block block) {
			if (block instanceof DocumentContent.Cover cover) {
				cover(cover.lines());
			}
			else if (block instanceof DocumentContent.Heading heading) {
				XWPFParagraph paragraph = paragraph();
				paragraph.setSpacingBefore(heading.level() == 1 ? 240 : 120);
				paragraph.setKeepNext(true);
				text(paragraph, heading.text(), true, heading.level() == 1 ? 18 : BODY_PT);
			}
			else if (block instanceof DocumentContent.Paragraph text) {
				text(paragraph(), text.text(), false, BODY_PT);
			}
			else if (block instanceof DocumentContent.Table table) {
				table(table);
			}
			else if (block instanceof DocumentContent.SignOff signOff) {
				signOff(signOff.lines());
			}
			else {
				newPage = true;
			}
		}

		private XWPFParagraph paragraph() {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setSpacingAfter(60);
			if (newPage) {
				paragraph.setPageBreak(true);
				newPage = false;
			}
			return paragraph;
		}

		private void cover(List<String> lines) {
			for (int i = 0; i < lines.size(); i++) {
				XWPFParagraph paragraph = paragraph();
				paragraph.setAlignment(ParagraphAlignment.CENTER);
				paragraph.setSpacingBefore(i == 0 ? 4800 : 240);
				text(paragraph, lines.get(i), i < 2, i == 0 ? 26 : i == 1 ? 22 : 20);
			}
			newPage = true;
		}

		private void signOff(List<String> lines) {
			for (int i = 0; i < lines.size(); i++) {
				XWPFParagraph paragraph = paragraph();
				paragraph.setAlignment(ParagraphAlignment.CENTER);
				paragraph.setIndentationLeft(TEXT_WIDTH * 35 / 100);
				paragraph.setSpacingBefore(i == 0 ? 720 : 0);
				paragraph.setKeepNext(i < lines.size() - 1);
				text(paragraph, lines.get(i), false, BODY_PT);
			}
		}

		private void table(DocumentContent.Table content) {
			if (newPage) {
				paragraph();
			}
			int columns = content.widths().size();
			XWPFTable table = document.createTable(1, columns);
			table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
			table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
			table.getCTTbl().getTblPr().getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
			CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
					: table.getCTTbl().getTblGrid();
			while (grid.sizeOfGridColArray() > 0) {
				grid.removeGridCol(0);
			}
			for (int width : content.widths()) {
				grid.addNewGridCol().setW(BigInteger.valueOf(twips(width)));
			}
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			for (int c = 0; c < columns; c++) {
				XWPFTableCell cell = header.getCell(c);
				cell.setColor("EEEEEE");
				width(cell, twips(content.widths().get(c)));
				XWPFParagraph paragraph = cell.getParagraphs().get(0);
				paragraph.setAlignment(ParagraphAlignment.CENTER);
				text(paragraph, content.header().get(c), true, TABLE_PT);
			}
			for (Row row : content.rows()) {
				row(table.createRow(), row, content.widths());
			}
		}

		/** A new row comes with one cell per column; a cell spanning several takes their place. */
		private void row(XWPFTableRow tableRow, Row row, List<Integer> widths) {
			int column = 0;
			for (int i = 0; i < row.cells().size(); i++) {
				Cell cell = row.cells().get(i);
				XWPFTableCell tableCell = tableRow.getCell(i);
				int width = 0;
				for (int c = column; c < column + cell.span(); c++) {
					width += twips(widths.get(c));
				}
				width(tableCell, width);
				if (cell.span() > 1) {
					tableCell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
					for (int extra = 1; extra < cell.span(); extra++) {
						tableRow.removeCell(i + 1);
					}
				}
				lines(tableCell, cell);
				column += cell.span();
			}
		}

		private static void lines(XWPFTableCell tableCell, Cell cell) {
			for (int l = 0; l < cell.lines().size(); l++) {
				XWPFParagraph paragraph = l == 0 ? tableCell.getParagraphs().get(0) : tableCell.addParagraph();
				if (cell.number()) {
					paragraph.setAlignment(ParagraphAlignment.RIGHT);
				}
				Line line = cell.lines().get(l);
				if (line.link() == null) {
					text(paragraph, line.text(), false, TABLE_PT);
				}
				else {
					XWPFHyperlinkRun link = paragraph.createHyperlinkRun(line.link());
					link.setText(line.text());
					link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
					link.setColor("0563C1");
					font(link, false, TABLE_PT);
				}
			}
		}

		private static void width(XWPFTableCell cell, int twips) {
			cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
			cell.getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf(twips));
			cell.getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
		}

		private static int twips(int percent) {
			return TEXT_WIDTH * percent / 100;
		}
	}

	private static void text(XWPFParagraph paragraph, String text, boolean bold, int points) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		font(run, bold, points);
	}

	/** The font and size for Latin and for complex scripts (Thai), and the language Word checks Thai spelling in. */
	private static void font(XWPFRun run, boolean bold, int points) {
		run.setFontFamily(FONT);
		run.setFontSize(points);
		run.setBold(bold);
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		properties.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
		if (bold) {
			properties.addNewBCs();
		}
		properties.addNewLang().setBidi("th-TH");
	}
}
