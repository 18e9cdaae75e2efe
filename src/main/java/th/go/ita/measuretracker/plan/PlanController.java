package th.go.ita.measuretracker.plan;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api")
class PlanController {

	private final PlanImportService importer;
	private final MeasureQueries measures;

	PlanController(PlanImportService importer, MeasureQueries measures) {
		this.importer = importer;
		this.measures = measures;
	}

	@PostMapping(path = "/plans", consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	@ResponseStatus(HttpStatus.CREATED)
	ImportResult importPlan(@RequestBody byte[] body, Principal user) {
		return importer.importYaml(PlanText.decode(body), user.getName());
	}

	@PostMapping(path = "/plans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ImportResult importPlanFile(@RequestPart("file") MultipartFile file, Principal user) throws IOException {
		return importer.importYaml(PlanText.decode(file.getBytes()), user.getName());
	}

	@GetMapping("/measures")
	List<MeasureView> list(@RequestParam(required = false) Integer fiscalYear) {
		return measures.list(fiscalYear);
	}

	@GetMapping("/measures/{businessKey}")
	MeasureView one(@PathVariable String businessKey) {
		return measures.find(businessKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no measure " + businessKey));
	}
}
