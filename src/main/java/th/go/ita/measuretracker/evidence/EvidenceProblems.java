package th.go.ita.measuretracker.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A refused file or change: its status, what is wrong, and the rule as a code ("reason") for scripts and the page. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

	private final long maxFileBytes;

	EvidenceProblems(@Value("${measure-tracker.evidence.max-file-size:10MB}") DataSize maxFileSize) {
		this.maxFileBytes = maxFileSize.toBytes();
	}

	@ExceptionHandler
	ProblemDetail refused(EvidenceRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.reason().status(), ex.getMessage());
		problem.setTitle("ไม่รับไฟล์หรือคำขอนี้ (Evidence refused)");
		problem.setProperty("reason", ex.reason().name());
		return problem;
	}

	/**
	 * Tomcat stops reading an upload at spring.servlet.multipart.max-file-size, which is the evidence limit (Tomcat
	 * does not say which limit it hit, so the message names the file limit).
	 */
	@ExceptionHandler
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"ไฟล์ใหญ่เกินกำหนด (the upload is larger than this server accepts: a file may have at most " + maxFileBytes
						+ " bytes)");
		problem.setTitle("ไฟล์ใหญ่เกินกำหนด (File too large)");
		problem.setProperty("reason", EvidenceRefusedException.Reason.TOO_LARGE.name());
		return problem;
	}
}
