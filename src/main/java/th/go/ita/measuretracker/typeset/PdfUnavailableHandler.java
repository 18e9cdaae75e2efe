package th.go.ita.measuretracker.typeset;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A PDF that cannot be made is the server's problem, not the caller's: 503, saying what is missing. */
@RestControllerAdvice
class PdfUnavailableHandler {

	@ExceptionHandler
	ProblemDetail unavailable(PdfUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("สร้างไฟล์ PDF ไม่ได้");
		return problem;
	}
}
