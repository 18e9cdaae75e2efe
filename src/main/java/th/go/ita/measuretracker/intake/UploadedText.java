package th.go.ita.measuretracker.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import th.go.ita.measuretracker.fiscal.Wording;

/** Turns an uploaded file into text, refusing what is not UTF-8 instead of guessing (Thai in TIS-620 would garble). */
public final class UploadedText {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private UploadedText() {
	}

	public static String decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw new UnreadableFileException(List.of(new FileError(1, "(file)", Wording.of("file.empty"))));
		}
		ensureWithinLimit(bytes.length);
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException(
					List.of(new FileError(1, "(file)", Wording.of("file.notUtf8"))));
		}
	}

	/**
	 * A plan or assessment may have at most 2 MB, however it is sent: the server's multipart limit is the larger one of
	 * evidence files.
	 */
	public static void ensureWithinLimit(long bytes) {
		if (bytes > MAX_BYTES) {
			throw new UnreadableFileException(List.of(new FileError(1, "(file)",
					Wording.of("file.tooLarge", bytes, MAX_BYTES))));
		}
	}
}
