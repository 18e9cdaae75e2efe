package th.go.ita.measuretracker.status;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.security.Viewer;

/**
 * Downloads of the filtered overview: the same query string as /status, in the page's language. The language is
 * taken on the request's thread: the file is written on another.
 */
@RestController
@RequiredArgsConstructor
class StatusExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final StatusExports exports;
	private final StatusService status;

	@GetMapping("/status/export.csv")
	ResponseEntity<StreamingResponseBody> csv(StatusParams params, Authentication user) {
		return download(params, user, "csv", CSV, exports::csv);
	}

	@GetMapping("/status/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(StatusParams params, Authentication user) {
		return download(params, user, "xlsx", XLSX, exports::xlsx);
	}

	/** Made whole before answering, so that a PDF Chromium cannot make is a 503, not a broken download. */
	@GetMapping("/status/export.pdf")
	ResponseEntity<byte[]> pdf(StatusParams params, Authentication user) {
		Viewer viewer = Viewer.of(user);
		StatusFilter filter = status.filter(params, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filter, "pdf"))
			.body(exports.pdf(filter, viewer, Wording.locale()));
	}

	@FunctionalInterface
	interface Export {
		void write(StatusFilter filter, Viewer viewer, Locale locale, OutputStream out) throws IOException;
	}

	private ResponseEntity<StreamingResponseBody> download(StatusParams params, Authentication user, String extension,
			MediaType type, Export export) {
		Viewer viewer = Viewer.of(user);
		StatusFilter filter = status.filter(params, viewer);
		Locale locale = Wording.locale();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filter, extension))
			.body(out -> export.write(filter, viewer, locale, out));
	}

	private static String attachment(StatusFilter filter, String extension) {
		String name = "measures-status-" + filter.fiscalYear() + (filter.quarter() == null ? "" : "-q" + filter.quarter())
				+ "." + extension;
		return ContentDisposition.attachment().filename(name).build().toString();
	}
}
