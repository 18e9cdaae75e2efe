package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.go.ita.measuretracker.document.EvidenceCatalog;

/**
 * The evidence an office shows the public: the files a manager published, of approved reports, not replaced
 * ({@link EvidenceQueries#publicOf}). The public page and the published reports list them, and anybody may download
 * them at {@code /public/evidence/{id}} (GET /public/** is the app's only anonymous path); any other file there is
 * "not found", exactly like one that does not exist.
 */
@RestController
@RequiredArgsConstructor
class PublishedEvidence implements EvidenceCatalog {

	private final EvidenceQueries queries;
	private final EvidenceRepository files;
	private final EvidenceStorage storage;

	@Override
	public List<EvidenceCatalog.PublicEvidence> publicEvidence(long measureId) {
		return queries.publicOf(measureId).stream()
			.map(file -> new EvidenceCatalog.PublicEvidence(file.fileName(), "/public/evidence/" + file.id()))
			.toList();
	}

	@GetMapping("/public/evidence/{id}")
	void download(@PathVariable long id, HttpServletResponse response) throws IOException {
		EvidenceRepository.FileRow file = files.find(id)
			.filter(row -> queries.publicOf(row.measureId()).stream().anyMatch(shown -> shown.id() == id))
			.orElseThrow(() -> EvidenceRefusedException.notFound(" file " + id));
		Downloads.send(new EvidenceService.Download(EvidenceFile.of(file), file.contentKey(), storage), response);
	}
}
