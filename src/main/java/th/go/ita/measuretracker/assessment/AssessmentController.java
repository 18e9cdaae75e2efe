package th.go.ita.measuretracker.assessment;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import th.go.ita.measuretracker.intake.UploadedText;

@RestController
@RequestMapping("/api/assessments")
@RequiredArgsConstructor
class AssessmentController {

	private final AssessmentService assessments;

	@PostMapping(consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	@ResponseStatus(HttpStatus.CREATED)
	AssessmentResult importAssessment(@RequestBody byte[] body) {
		return assessments.importYaml(UploadedText.decode(body));
	}

	@GetMapping("/trends")
	List<Trend> trends() {
		return assessments.trends();
	}
}
