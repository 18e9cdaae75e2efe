package th.go.ita.measuretracker.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assessments")
class AssessmentController {

	private final AssessmentService assessments;

	AssessmentController(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@PostMapping(consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	@ResponseStatus(HttpStatus.CREATED)
	AssessmentResult importAssessment(@RequestBody byte[] body) {
		return assessments.importYaml(new String(body, StandardCharsets.UTF_8));
	}

	@GetMapping("/trends")
	List<Trend> trends() {
		return assessments.trends();
	}

	@ExceptionHandler
	ProblemDetail rejected(AssessmentRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("ผลการประเมินไม่ถูกนำเข้า (Assessment not imported)");
		problem.setProperty("errors", ex.errors());
		return problem;
	}
}
