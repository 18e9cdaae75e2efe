package th.go.ita.measuretracker.plan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = PlanController.class)
class PlanErrorHandler {

	@ExceptionHandler
	ProblemDetail rejected(PlanRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("แผนไม่ถูกนำเข้า (Plan not imported)");
		problem.setProperty("errors", ex.errors());
		return problem;
	}
}
