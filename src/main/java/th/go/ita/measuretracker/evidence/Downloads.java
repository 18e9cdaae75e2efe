package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;

/** The Content-Disposition of a download: an ASCII name for old clients, the real one in RFC 5987 form. */
final class Downloads {

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private Downloads() {
	}

	/** Always a download (attachment), whatever the type, streamed chunk by chunk; nothing a browser could run. */
	static void send(EvidenceService.Download download, HttpServletResponse response) throws IOException {
		EvidenceFile file = download.file();
		// the response's text charset (server.servlet.encoding.force) means nothing for a PDF or a photo
		response.setCharacterEncoding((String) null);
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.sizeBytes());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		try (OutputStream out = response.getOutputStream()) {
			download.copyTo(out);
		}
	}

	static String attachment(String fileName) {
		return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
	}

	/** RFC 5987 attr-char stays, every other byte of the UTF-8 name is %XX. */
	static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
			}
		}
		return encoded.toString();
	}

	/** The name itself when it is plain ASCII; else "evidence" with the name's extension (old clients only). */
	static String asciiFallback(String value) {
		if (plain(value)) {
			return value;
		}
		int dot = value.lastIndexOf('.');
		return "evidence" + (dot >= 0 && plain(value.substring(dot)) ? value.substring(dot) : "");
	}

	private static boolean plain(String value) {
		return value.chars().allMatch(c -> c < 0x7F && (Character.isLetterOrDigit(c) || ".-_ ()".indexOf(c) >= 0));
	}
}
