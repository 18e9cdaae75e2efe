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
		if (bytes.length > MAX_BYTES) {
			throw new UnreadableFileException(List.of(new FileError(1, "(file)",
					Wording.of("file.tooLarge", bytes.length, MAX_BYTES))));
		}
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
}
