package th.go.ita.measuretracker.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import th.go.ita.measuretracker.fiscal.FiscalYear;

/**
 * The documents for scripts and for the head of office's task: managers prepare (POST), managers and the head of
 * office read every version and its files (security/SecurityConfig). Approval happens in Tasklist only.
 */
@RestController
@RequestMapping("/api/documents")
@RequiredArgsConstructor
class DocumentController {

	private final DocumentService documents;
	private final EvidenceLinkCheck links;

	record Prepare(@NotNull DocumentKind kind, @NotNull @Min(FiscalYear.FIRST) @Max(FiscalYear.LAST) Integer fiscalYear,
			@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,31}") String officeCode) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DocumentVersion prepare(@Valid @RequestBody Prepare request, Authentication user) {
		return documents.prepare(request.kind(), request.fiscalYear(), request.officeCode(), user.getName());
	}

	@GetMapping
	List<DocumentVersion> ofYear(@RequestParam int fiscalYear, @RequestParam(required = false) String officeCode) {
		return documents.ofYear(fiscalYear, officeCode);
	}

	/** The links in approved documents that stopped answering at the last weekly check. */
	@GetMapping("/broken-links")
	List<EvidenceLinkCheck.BrokenLink> brokenLinks() {
		return links.broken();
	}

	/** Without a format, what is known of the version; with one, its file, the SHA-256 it was stored with alongside. */
	@GetMapping("/{id}")
	ResponseEntity<?> one(@PathVariable long id, @RequestParam(required = false) String format) {
		DocumentVersion document = documents.find(id);
		if (format == null) {
			return ResponseEntity.ok(document);
		}
		FileFormat file = FileFormat.of(format);
		return download(documents.file(id, file), file, "ita-" + document.kind().toLowerCase(java.util.Locale.ROOT) + "-"
				+ document.fiscalYear() + "-v" + document.version());
	}

	@GetMapping("/{id}/publication-form")
	ResponseEntity<byte[]> publicationForm(@PathVariable long id, @RequestParam String format) {
		DocumentVersion document = documents.find(id);
		FileFormat file = FileFormat.of(format);
		return download(documents.publicationForm(id, file), file, "publication-form-" + document.fiscalYear() + "-"
				+ document.kind().toLowerCase(java.util.Locale.ROOT) + "-v" + document.version());
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, FileFormat format, String name) {
		return ResponseEntity.ok()
			.contentType(format.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(name + "." + format.extension(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-SHA256", Sha256.hex(bytes))
			.body(bytes);
	}
}
