package th.go.ita.measuretracker.plan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Any refused upload answers 400 with every error, each with its line (or row) and field. */
@RestControllerAdvice
class PlanErrorHandler {

	@ExceptionHandler
	ProblemDetail rejected(RejectedFileException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle(ex.title());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(PlanImportConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("นำเข้าแผนซ้อนกัน (Plan imported twice at once)");
		return problem;
	}
}
