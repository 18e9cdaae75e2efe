package th.go.ita.measuretracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.springframework.core.io.ClassPathResource;

/**
 * What a Thai reader sees in a PDF the app made, read glyph by glyph:
 * <ul>
 * <li>{@link #lineJoins}: each place where a line of a paragraph or table cell ends and the next line of the same
 * text goes on (the next baseline, one line height down, starting at the same x), with the text on both sides;
 * {@link LineJoin#insideAWord} checks it against ICU's Thai line breaking (dictionary-based word segmentation);</li>
 * <li>{@link #toneMarks}: each Thai cluster with a tone mark, and whether the font's lowered tone glyph was drawn
 * (it must be where no upper vowel sits under the tone mark: "ผู้", "ต้อง"; and must not be above one: "ที่").</li>
 * </ul>
 * Works on Chromium's PDFs: a cluster's text is carried by its first glyph, its marks follow with no text of their
 * own; the fonts are Laksaman subsets that keep the original glyph ids.
 */
public final class ThaiPdfText {

	private static final Locale THAI = Locale.forLanguageTag("th");
	private static final Map<String, TrueTypeFont> FONTS = new HashMap<>();

	private final List<Glyph> glyphs;

	private ThaiPdfText(List<Glyph> glyphs) {
		this.glyphs = glyphs;
	}

	public static ThaiPdfText of(byte[] pdf) throws IOException {
		List<Glyph> glyphs = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper reader = new PDFTextStripper() {
				private int page;

				@Override
				protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
					page++;
					super.startPage(p);
				}

				/** The stripper gives a cluster's ActualText (Chromium's, where glyphs and letters differ) to its first glyph. */
				@Override
				protected void processTextPosition(TextPosition text) {
					super.processTextPosition(text);
					glyphs.add(new Glyph(page, text));
				}
			};
			reader.getText(document);
		}
		return new ThaiPdfText(glyphs);
	}

	/** A line end and the line after it in the same paragraph or cell. */
	public record LineJoin(String lineEnd, String nextLine) {

		/** ICU (the library Chromium breaks lines with) would not break here: the line ends inside a word. */
		public boolean insideAWord() {
			BreakIterator lines = BreakIterator.getLineInstance(THAI);
			lines.setText(lineEnd + nextLine);
			return !lines.isBoundary(lineEnd.length());
		}

		public boolean isThai() {
			return !lineEnd.isBlank() && !nextLine.isBlank() && ThaiPdfText.isThai(lineEnd.charAt(lineEnd.length() - 1))
					&& ThaiPdfText.isThai(nextLine.charAt(0));
		}

		@Override
		public String toString() {
			return lineEnd.substring(Math.max(0, lineEnd.length() - 12)) + "|"
					+ nextLine.substring(0, Math.min(12, nextLine.length()));
		}
	}

	/** Every join of two lines whose sides are both Thai letters (a join at a space or a URL is no Thai join). */
	public List<LineJoin> thaiLineJoins() {
		return lineJoins().stream().filter(LineJoin::isThai).toList();
	}

	/**
	 * Lines of one paragraph or cell follow each other at the line height; rows, cells and paragraphs are further
	 * apart (padding, margins: a quarter line or more). The line height is measured, per font size: the smallest distance between two lines
	 * that start at the same x.
	 */
	public List<LineJoin> lineJoins() {
		List<Line> lines = lines();
		Map<Integer, Float> lineHeight = new HashMap<>();
		for (Line line : lines) {
			below(line, lines).ifPresent(next -> lineHeight.merge(line.size(), next.y - line.y, Math::min));
		}
		List<LineJoin> joins = new ArrayList<>();
		for (Line line : lines) {
			// Chromium snaps baselines to its raster: lines of a paragraph are up to a point apart more than the least
			below(line, lines).filter(next -> next.y - line.y < lineHeight.get(line.size()) * 1.1f)
				.ifPresent(next -> joins.add(new LineJoin(line.text.toString(), next.text.toString())));
		}
		return joins;
	}

	/** The nearest line below that starts where this one starts. */
	private static java.util.Optional<Line> below(Line line, List<Line> lines) {
		return lines.stream()
			.filter(next -> next.page == line.page && Math.abs(next.x - line.x) < 1 && next.y - line.y > 1)
			.min(java.util.Comparator.comparingDouble(next -> next.y - line.y));
	}

	/** A Thai cluster with a tone mark, e.g. "ผู้", and whether its tone mark was drawn lowered. */
	public record ToneMark(String cluster, boolean lowered) {

		/** A tone mark sits low unless an upper vowel (ั ิ ี ึ ื ็ ํ) is between it and its consonant. */
		public boolean placedAsAThaiReaderExpects() {
			boolean upperVowel = cluster.chars().anyMatch(c -> c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E37) || c == 0x0E47
					|| c == 0x0E4D || c == 0x0E33);
			return lowered != upperVowel;
		}
	}

	/**
	 * Clusters are a base glyph and the marks drawn after it. Chromium gives each glyph its own character where glyphs
	 * and characters correspond one to one, else the cluster's whole text to its first glyph and none to the others.
	 */
	public List<ToneMark> toneMarks() throws IOException {
		List<ToneMark> marks = new ArrayList<>();
		int i = 0;
		while (i < glyphs.size()) {
			StringBuilder cluster = new StringBuilder(glyphs.get(i).text.getUnicode());
			List<String> names = new ArrayList<>();
			names.add(glyphName(glyphs.get(i).text));
			int j = i + 1;
			for (; j < glyphs.size() && isMark(glyphs.get(j).text.getUnicode()); j++) {
				cluster.append(glyphs.get(j).text.getUnicode());
				names.add(glyphName(glyphs.get(j).text));
			}
			for (String name : names) {
				if (name != null && name.matches("uni0E4[89AB].*")) {
					String base = name.substring(0, 7);
					marks.add(new ToneMark(cluster.toString(), !name.equals(base) && !name.equals(base + ".left")));
				}
			}
			i = j;
		}
		return marks;
	}

	/** No text (a mark of a cluster whose text its first glyph carries), or Thai marks above or below only. */
	private static boolean isMark(String text) {
		return text.chars().allMatch(c -> c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E));
	}

	/** The text in reading order, one line of the page per line. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (Line line : lines()) {
			text.append(line.text).append('\n');
		}
		return text.toString();
	}

	/**
	 * Runs of glyphs on one baseline that follow each other without a gap: one line of one paragraph or cell.
	 * Chromium draws each line box's glyphs in order, so a run ends where the next glyph is elsewhere.
	 */
	private List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		Line current = null;
		for (Glyph glyph : glyphs) {
			TextPosition t = glyph.text;
			// a mark may be drawn back over its consonant; the next glyph of a run starts where the last one ended
			float gap = t.getXDirAdj() - current(current);
			boolean continues = current != null && current.page == glyph.page && Math.abs(t.getYDirAdj() - current.y) < 0.5
					&& gap > -t.getFontSizeInPt() * 0.6f && gap < Math.max(1, t.getFontSizeInPt() * 0.1f);
			if (!continues) {
				current = new Line(glyph.page, t.getXDirAdj(), t.getYDirAdj(), t.getFontSizeInPt());
				lines.add(current);
			}
			current.text.append(t.getUnicode());
			current.end = Math.max(current.end, t.getXDirAdj() + t.getWidthDirAdj());
		}
		return lines;
	}

	private static float current(Line line) {
		return line == null ? 0 : line.end;
	}

	/**
	 * The glyph's name in the original Laksaman (the subset keeps its glyph ids: checked on the cluster's
	 * consonant, which must be the glyph the font's own character map gives).
	 */
	private static String glyphName(TextPosition text) throws IOException {
		if (!(text.getFont() instanceof PDType0Font font)) {
			return null;
		}
		TrueTypeFont original = original(font.getName().contains("Bold") ? "Laksaman-Bold.ttf" : "Laksaman.ttf");
		return original.getPostScript().getName(font.codeToGID(text.getCharacterCodes()[0]));
	}

	/** That the PDF's glyph ids are the original font's: the consonant of every cluster maps to itself. */
	public boolean glyphIdsAreTheFontsOwn() throws IOException {
		for (Glyph glyph : glyphs) {
			String cluster = glyph.text.getUnicode();
			if (!cluster.isEmpty() && isThai(cluster.charAt(0)) && glyph.text.getFont() instanceof PDType0Font font) {
				TrueTypeFont original = original(font.getName().contains("Bold") ? "Laksaman-Bold.ttf" : "Laksaman.ttf");
				int gid = font.codeToGID(glyph.text.getCharacterCodes()[0]);
				if (original.getUnicodeCmapLookup().getGlyphId(cluster.charAt(0)) != gid) {
					return false;
				}
			}
		}
		return true;
	}

	private static synchronized TrueTypeFont original(String file) throws IOException {
		TrueTypeFont font = FONTS.get(file);
		if (font == null) {
			try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
				font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			}
			FONTS.put(file, font);
		}
		return font;
	}

	private static boolean isThai(char c) {
		return c >= 0x0E01 && c <= 0x0E5B;
	}

	private record Glyph(int page, TextPosition text) {
	}

	private static final class Line {
		final int page;
		final float x;
		final float y;
		final float fontSize;
		final StringBuilder text = new StringBuilder();
		float end;

		int size() {
			return Math.round(fontSize * 10);
		}

		Line(int page, float x, float y, float fontSize) {
			this.page = page;
			this.x = x;
			this.y = y;
			this.fontSize = fontSize;
			this.end = x;
		}
	}
}
