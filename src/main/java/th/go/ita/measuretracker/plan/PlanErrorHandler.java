package th.go.ita.measuretracker.plan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * The same new plan imported twice at once: the later one is told to send it again. A changed plan without the
 * reason for the change (or confirmed on a preview of an older version): 409 with the difference, nothing changed.
 */
@RestControllerAdvice
class PlanErrorHandler {

	@ExceptionHandler
	ProblemDetail conflict(PlanImportConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle(Wording.of("plan.importConflict.title"));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail amendmentRequired(PlanAmendmentRequiredException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle(Wording.of("plan.amendmentRequired.title"));
		problem.setProperty("baseVersion", ex.getBaseVersion());
		problem.setProperty("difference", ex.getDifference());
		return problem;
	}
}
