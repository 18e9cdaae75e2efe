package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.springframework.web.multipart.MultipartFile;

import th.go.ita.measuretracker.evidence.EvidenceRefusedException.Reason;

/**
 * An uploaded file moved to a temporary file of ours (Tomcat renames its own, so nothing is copied through memory),
 * checked before anything is stored: its name, its size and its type. Deleted when closed.
 */
final class IncomingFile implements AutoCloseable {

	static final int MAX_NAME_LENGTH = 255;

	private final String name;
	private final Path content;
	private final long size;

	private IncomingFile(String name, Path content, long size) {
		this.name = name;
		this.content = content;
		this.size = size;
	}

	static IncomingFile of(MultipartFile upload) {
		if (upload == null) {
			throw new EvidenceRefusedException(Reason.NO_FILE, "ไม่มีไฟล์ (send the file as the multipart part \"file\")");
		}
		try {
			Path content = Files.createTempFile("evidence-", ".upload");
			try {
				upload.transferTo(content);
				return new IncomingFile(upload.getOriginalFilename(), content, Files.size(content));
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(content);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the file's type, known from its content; its name must say the same */
	CheckedFile check(long maxBytes) throws IOException {
		String checkedName = checkedName(name);
		if (size == 0) {
			throw new EvidenceRefusedException(Reason.EMPTY_FILE, "ไฟล์ว่างเปล่า (the file " + checkedName + " is empty)");
		}
		if (size > maxBytes) {
			throw new EvidenceRefusedException(Reason.TOO_LARGE, "ไฟล์ใหญ่เกินกำหนด (" + checkedName + " has " + size
					+ " bytes; a file may have at most " + maxBytes + ")");
		}
		EvidenceType type = ContentCheck.typeOf(content);
		if (!type.named(checkedName)) {
			throw new EvidenceRefusedException(Reason.NAME_DOES_NOT_MATCH_CONTENT, "ชื่อไฟล์ไม่ตรงกับเนื้อหา (" + checkedName
					+ " holds a " + type + " file; its name must end in " + type.extensions() + ")");
		}
		return new CheckedFile(checkedName, type, content, size);
	}

	/**
	 * A plain file name: no folders, drive letters or control characters, and no direction marks that would show
	 * "exe.pdf" as "fdp.exe".
	 */
	static String checkedName(String sent) {
		String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC).strip();
		String problem = null;
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			problem = "the file has no name";
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			problem = "the name is longer than " + MAX_NAME_LENGTH + " characters";
		}
		else if (name.chars().anyMatch(c -> c == '/' || c == '\\' || c == ':')) {
			problem = "the name contains a folder or drive (/, \\ or :)";
		}
		else if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x202A && c <= 0x202E)
				|| (c >= 0x2066 && c <= 0x2069))) {
			problem = "the name contains control or direction characters";
		}
		if (problem != null) {
			throw new EvidenceRefusedException(Reason.BAD_NAME, "ชื่อไฟล์ไม่ถูกต้อง (" + problem + ")");
		}
		return name;
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file that passed every check: what it is called, what it is, where its bytes are. */
	record CheckedFile(String name, EvidenceType type, Path content, long size) {
	}
}
