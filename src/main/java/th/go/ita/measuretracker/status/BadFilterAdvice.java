package th.go.ita.measuretracker.status;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A filter out of range (StatusFilter) is answered 400 with a problem report naming it, for the page, the API and
 * the downloads alike. Never as HTML: a message that quotes the request would let a link put markup in our page.
 */
@RestControllerAdvice(assignableTypes = { StatusController.class, StatusApiController.class, StatusExportController.class })
class BadFilterAdvice {

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badFilter(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}
}
