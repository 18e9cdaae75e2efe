package th.go.ita.measuretracker.status;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import th.go.ita.measuretracker.security.Viewer;

/** Downloads of the filtered overview: the same query string as /status. */
@RestController
@RequiredArgsConstructor
class StatusExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StatusExports exports;

	@GetMapping("/status/export.csv")
	ResponseEntity<StreamingResponseBody> csv(StatusParams params, Authentication user) {
		StatusFilter filter = params.toFilter();
		return download(filter, "csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				out -> exports.csv(filter, Viewer.of(user), out));
	}

	@GetMapping("/status/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(StatusParams params, Authentication user) {
		StatusFilter filter = params.toFilter();
		return download(filter, "xlsx", XLSX, out -> exports.xlsx(filter, Viewer.of(user), out));
	}

	/** Made whole before answering, so that a PDF Chromium cannot make is a 503, not a broken download. */
	@GetMapping("/status/export.pdf")
	ResponseEntity<byte[]> pdf(StatusParams params, Authentication user) {
		StatusFilter filter = params.toFilter();
		return download(filter, "pdf", MediaType.APPLICATION_PDF, exports.pdf(filter, Viewer.of(user)));
	}

	private static <T> ResponseEntity<T> download(StatusFilter filter, String extension, MediaType type, T body) {
		String name = "measures-status-" + filter.fiscalYear() + (filter.quarter() == null ? "" : "-q" + filter.quarter())
				+ "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
