package th.go.ita.measuretracker.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Any refused upload answers 400 with every error, each with its line (or row) and field. */
@RestControllerAdvice
class RejectedFileHandler {

	@ExceptionHandler
	ProblemDetail rejected(RejectedFileException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle(ex.title());
		problem.setProperty("errors", ex.errors());
		return problem;
	}
}
