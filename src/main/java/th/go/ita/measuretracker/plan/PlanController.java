package th.go.ita.measuretracker.plan;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import th.go.ita.measuretracker.intake.UploadedText;
import th.go.ita.measuretracker.security.Viewer;

@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class PlanController {

	private final PlanImportService importer;
	private final MeasureQueries measures;
	private final List<MeasureAnswerPart> answerParts;

	@PostMapping(path = "/plans", consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	@ResponseStatus(HttpStatus.CREATED)
	ImportResult importPlan(@RequestBody byte[] body, Authentication user) {
		return importer.importYaml(UploadedText.decode(body), user.getName());
	}

	@PostMapping(path = "/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ImportResult importPlanFile(@RequestPart("file") MultipartFile file, Authentication user) throws IOException {
		UploadedText.ensureWithinLimit(file.getSize());
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		return name.endsWith(".xlsx") ? importer.importXlsx(file.getBytes(), user.getName())
				: importer.importYaml(UploadedText.decode(file.getBytes()), user.getName());
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
}
