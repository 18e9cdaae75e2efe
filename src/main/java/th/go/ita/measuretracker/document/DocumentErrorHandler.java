package th.go.ita.measuretracker.document;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(assignableTypes = DocumentController.class)
class DocumentErrorHandler {

	@ExceptionHandler
	ProblemDetail refused(DocumentRefusedException ex) {
		return ProblemDetail.forStatusAndDetail(ex.status, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail badValue(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}
}
