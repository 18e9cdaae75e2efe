package th.go.ita.measuretracker.document;

import java.util.Arrays;
import java.util.List;

/**
 * What a document says, block by block, written once and then set twice: as DOCX ({@link DocxWriter}) and as PDF
 * (templates/document/document.html printed by typeset/ThaiPdf), so that both formats say the same.
 */
record DocumentContent(String title, List<Block> blocks) {

	/** Every web link the document carries (its public evidence), each once. */
	List<String> links() {
		return blocks.stream()
			.filter(Table.class::isInstance)
			.flatMap(table -> ((Table) table).rows().stream())
			.flatMap(row -> row.cells().stream())
			.flatMap(cell -> cell.lines().stream())
			.map(Line::link)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
	}

	sealed interface Block permits Cover, Heading, Paragraph, Table, SignOff, PageBreak {

		/** The block's type by name, for the template's th:switch. */
		default String kind() {
			return getClass().getSimpleName();
		}
	}

	/** The title page: its lines centred, the first largest. */
	record Cover(List<String> lines) implements Block {
	}

	/** @param level 1 (a part of the document) or 2 (a section of it) */
	record Heading(int level, String text) implements Block {
	}

	record Paragraph(String text) implements Block {
	}

	/**
	 * @param widths each column's share of the text width, in per cent
	 * @param header repeated at the top of each page the table runs onto
	 */
	record Table(List<Integer> widths, List<String> header, List<Row> rows) implements Block {
	}

	record Row(List<Cell> cells) {

		static Row of(Cell... cells) {
			return new Row(Arrays.asList(cells));
		}
	}

	/**
	 * @param lines each its own paragraph in the cell
	 * @param span how many columns the cell spans
	 * @param number a figure: right-aligned
	 */
	record Cell(List<Line> lines, int span, boolean number) {

		static Cell text(String text) {
			return new Cell(List.of(new Line(text, null)), 1, false);
		}

		static Cell number(String text) {
			return new Cell(List.of(new Line(text, null)), 1, true);
		}

		static Cell lines(List<Line> lines) {
			return new Cell(lines, 1, false);
		}

		/** A row's one cell across every column (a group heading in a table). */
		static Cell across(String text, int columns) {
			return new Cell(List.of(new Line(text, null)), columns, false);
		}

		String text() {
			return String.join("\n", lines.stream().map(Line::text).toList());
		}
	}

	/** @param link where the text leads (an evidence file), or {@code null} */
	record Line(String text, String link) {

		static Line of(String text) {
			return new Line(text, null);
		}

		/** Holds a string too long to fit a cell and with no place to break it (a SHA-256, a link). */
		public boolean unbroken() {
			for (String token : text.split("\\s+")) {
				if (token.length() > 30 && token.codePoints().allMatch(c -> c < 0x0E00 || c > 0x0E7F)) {
					return true;
				}
			}
			return false;
		}
	}

	/** The signature block, centred in the right half of the page. */
	record SignOff(List<String> lines) implements Block {
	}

	record PageBreak() implements Block {
	}
}
