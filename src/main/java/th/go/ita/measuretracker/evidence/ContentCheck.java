package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import th.go.ita.measuretracker.evidence.EvidenceRefusedException.Reason;

/**
 * What a file is, from its first bytes (and, for Word and Excel files, the names in the zip's central directory):
 * never from the name or the type the browser claims. Nothing is decompressed, so a zip bomb costs only the reading
 * of at most {@link #MAX_ZIP_ENTRIES} names.
 */
final class ContentCheck {

	static final int MAX_ZIP_ENTRIES = 10_000;

	private static final byte[] PDF = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
	private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

	private ContentCheck() {
	}

	/** @throws EvidenceRefusedException when the content is none of the allowed types, naming what it looks like */
	static EvidenceType typeOf(Path file) throws IOException {
		byte[] head = new byte[16];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		head = Arrays.copyOf(head, read);
		if (startsWith(head, PDF)) {
			return EvidenceType.PDF;
		}
		if (startsWith(head, JPEG)) {
			return EvidenceType.JPEG;
		}
		if (startsWith(head, PNG)) {
			return EvidenceType.PNG;
		}
		if (startsWith(head, ZIP)) {
			return officeType(file);
		}
		throw refused(describe(head));
	}

	/** A .docx or .xlsx is a zip with [Content_Types].xml and the main part of Word or of Excel; macros are refused. */
	private static EvidenceType officeType(Path file) {
		boolean contentTypes = false;
		boolean word = false;
		boolean excel = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ZIP_ENTRIES) {
				throw refused("a zip file with " + zip.size() + " entries");
			}
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.equals("word/document.xml");
				excel |= name.equals("xl/workbook.xml");
				if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
					throw refused("an Office file with macros (VBA)");
				}
			}
		}
		catch (IOException ex) {
			throw refused("a damaged zip file");
		}
		if (contentTypes && word != excel) {
			return word ? EvidenceType.DOCX : EvidenceType.XLSX;
		}
		throw refused("a zip file that is neither a Word (.docx) nor an Excel (.xlsx) file");
	}

	/** What a refused file looks like, so the person knows why (never their bytes). */
	private static String describe(byte[] head) {
		if (head.length >= 2 && head[0] == 'M' && head[1] == 'Z') {
			return "a Windows program";
		}
		if (head.length >= 4 && head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
			return "a Linux program";
		}
		if (head.length >= 2 && head[0] == '#' && head[1] == '!') {
			return "a script";
		}
		String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading();
		if (text.startsWith("<")) {
			return "HTML, XML or SVG text";
		}
		return "a file of an unknown kind";
	}

	private static EvidenceRefusedException refused(String looksLike) {
		return new EvidenceRefusedException(Reason.TYPE_NOT_ALLOWED,
				"ไม่รับไฟล์ประเภทนี้ (the content is " + looksLike + "; allowed are PDF, JPEG, PNG, Word .docx and Excel .xlsx)");
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}
