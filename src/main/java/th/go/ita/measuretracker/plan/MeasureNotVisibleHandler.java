package th.go.ita.measuretracker.plan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A measure of another group is 403 (its existence is no secret: the status view lists it to managers); none, 404. */
@RestControllerAdvice
class MeasureNotVisibleHandler {

	@ExceptionHandler
	ProblemDetail notVisible(MeasureNotVisibleException ex) {
		return ProblemDetail.forStatusAndDetail(ex.exists() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND,
				ex.getMessage());
	}
}
