package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import th.go.ita.measuretracker.security.Viewer;

/** Evidence files for scripts and for the upload page: attach (multipart "file"), download, remove, publish. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class EvidenceController {

	private final EvidenceService evidence;

	@PostMapping(path = "/measures/{businessKey}/steps/{position}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceFile> attachToStep(@PathVariable String businessKey, @PathVariable int position,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long supersedes, Authentication user) {
		try (IncomingFile incoming = IncomingFile.of(file)) {
			return created(evidence.attachToStep(businessKey, position, incoming, supersedes, Viewer.of(user)));
		}
	}

	@PostMapping(path = "/measures/{businessKey}/reports/{fiscalYear}/{quarter}/evidence",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceFile> attachToReport(@PathVariable String businessKey, @PathVariable int fiscalYear,
			@PathVariable int quarter, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long supersedes, Authentication user) {
		try (IncomingFile incoming = IncomingFile.of(file)) {
			return created(evidence.attachToReport(businessKey, fiscalYear, quarter, incoming, supersedes,
					Viewer.of(user)));
		}
	}

	/**
	 * Always a download (attachment), whatever the type, streamed chunk by chunk from the database; the name travels
	 * in RFC 5987 form so Thai names arrive intact.
	 */
	@GetMapping("/evidence/{id}")
	void download(@PathVariable long id, Authentication user, HttpServletResponse response) throws IOException {
		Downloads.send(evidence.download(id, Viewer.of(user)), response);
	}

	/**
	 * A photo's thumbnail, shown inline: our own small PNG, re-drawn from the photo's pixels, so nothing of the upload
	 * but its picture reaches the browser. Not a photo, or one Java cannot read: 404.
	 */
	@GetMapping("/evidence/{id}/thumbnail")
	void thumbnail(@PathVariable long id, Authentication user, HttpServletResponse response) throws IOException {
		EvidenceService.Download download = evidence.download(id, Viewer.of(user));
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		boolean drawn;
		try (InputStream content = download.open()) {
			drawn = download.file().image() && Thumbnails.write(content, png);
		}
		if (!drawn) {
			throw EvidenceRefusedException.notFound(" thumbnail of file " + id);
		}
		response.setCharacterEncoding((String) null);
		response.setContentType(MediaType.IMAGE_PNG_VALUE);
		response.setContentLength(png.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline");
		response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
		png.writeTo(response.getOutputStream());
	}

	@DeleteMapping("/evidence/{id}")
	ResponseEntity<Void> remove(@PathVariable long id, Authentication user) {
		evidence.remove(id, Viewer.of(user));
		return ResponseEntity.noContent().build();
	}

	record Publication(boolean published) {
	}

	/** Managers only (SecurityConfig): a submitted report file made public, or internal again. */
	@PutMapping("/evidence/{id}/publication")
	EvidenceFile publish(@PathVariable long id, @RequestBody Publication publication, Authentication user) {
		return evidence.publish(id, publication.published(), Viewer.of(user));
	}

	private static ResponseEntity<EvidenceFile> created(EvidenceFile file) {
		return ResponseEntity.created(URI.create(file.downloadUrl())).body(file);
	}
}
