package th.go.ita.measuretracker.plan;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import th.go.ita.measuretracker.intake.UploadedText;
import th.go.ita.measuretracker.plan.PlanImportService.Amendment;
import th.go.ita.measuretracker.security.Viewer;

@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class PlanController {

	private final PlanImportService importer;
	private final MeasureQueries measures;
	private final PlanHistory history;
	private final List<MeasureAnswerPart> answerParts;

	/**
	 * A new plan is imported (201); the stored plan again changes nothing (200); a changed plan is an amendment (200)
	 * only with {@code amendmentReason}, else 409 with the difference. {@code baseVersion}, from a preview, refuses
	 * (409) an amendment of a plan that changed since.
	 */
	@PostMapping(path = "/plans", consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	ResponseEntity<ImportResult> importPlan(@RequestBody byte[] body, @RequestParam(required = false) String amendmentReason,
			@RequestParam(required = false) Integer baseVersion, Authentication user) {
		return answer(importer.importYaml(UploadedText.decode(body), user.getName(), new Amendment(amendmentReason, baseVersion)));
	}

	@PostMapping(path = "/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResult> importPlanFile(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String amendmentReason, @RequestParam(required = false) Integer baseVersion,
			Authentication user) throws IOException {
		UploadedText.ensureWithinLimit(file.getSize());
		Amendment amendment = new Amendment(amendmentReason, baseVersion);
		return answer(isWorkbook(file) ? importer.importXlsx(file.getBytes(), user.getName(), amendment)
				: importer.importYaml(UploadedText.decode(file.getBytes()), user.getName(), amendment));
	}

	/** What importing the plan would do, per measure and step; changes nothing. */
	@PostMapping(path = "/plans/preview", consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	PlanPreview preview(@RequestBody byte[] body) {
		return importer.previewYaml(UploadedText.decode(body));
	}

	@PostMapping(path = "/plans/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PlanPreview previewFile(@RequestPart("file") MultipartFile file) throws IOException {
		UploadedText.ensureWithinLimit(file.getSize());
		return isWorkbook(file) ? importer.previewXlsx(file.getBytes())
				: importer.previewYaml(UploadedText.decode(file.getBytes()));
	}

	@GetMapping("/plans/{fiscalYear}/versions")
	List<PlanHistory.VersionView> versions(@PathVariable int fiscalYear) {
		return history.versions(fiscalYear);
	}

	/** Managers and admins see every group's measures, a member those of their own groups. */
	@GetMapping("/measures")
	List<MeasureView> list(@RequestParam(required = false) Integer fiscalYear, Authentication user) {
		Viewer viewer = Viewer.of(user);
		return measures.list(fiscalYear, viewer.seesEverything() ? null : viewer.groups());
	}

	@GetMapping("/measures/{businessKey}")
	MeasureAnswer one(@PathVariable String businessKey, Authentication user) {
		return new MeasureAnswer(measures.findVisible(businessKey, Viewer.of(user)), answerParts);
	}

	private static boolean isWorkbook(MultipartFile file) {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx");
	}

	private static ResponseEntity<ImportResult> answer(ImportResult result) {
		return ResponseEntity.status(result.outcome() == ImportResult.Outcome.IMPORTED ? HttpStatus.CREATED : HttpStatus.OK)
			.body(result);
	}
}
