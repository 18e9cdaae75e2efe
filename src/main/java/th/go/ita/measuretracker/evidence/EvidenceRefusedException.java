package th.go.ita.measuretracker.evidence;

import org.springframework.http.HttpStatus;

/**
 * An evidence file, or a change to one, was refused and nothing was stored or changed. The reason says which rule,
 * for scripts and for the upload page's message in the reader's language; the message names the detail.
 */
public class EvidenceRefusedException extends RuntimeException {

	public enum Reason {
		NOT_FOUND(HttpStatus.NOT_FOUND),
		NOT_YOUR_GROUP(HttpStatus.FORBIDDEN),
		NO_FILE(HttpStatus.BAD_REQUEST),
		EMPTY_FILE(HttpStatus.BAD_REQUEST),
		BAD_NAME(HttpStatus.BAD_REQUEST),
		TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
		MEASURE_FULL(HttpStatus.PAYLOAD_TOO_LARGE),
		TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
		NAME_DOES_NOT_MATCH_CONTENT(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
		TASK_NOT_OPEN(HttpStatus.CONFLICT),
		LOCKED(HttpStatus.CONFLICT),
		BAD_CORRECTION(HttpStatus.CONFLICT),
		NOT_PUBLISHABLE(HttpStatus.CONFLICT);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		public HttpStatus status() {
			return status;
		}
	}

	private final Reason reason;

	EvidenceRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** Nothing there, or nothing the caller may see: the same answer, so an id reveals nothing. */
	static EvidenceRefusedException notFound(String what) {
		return new EvidenceRefusedException(Reason.NOT_FOUND, "ไม่พบ" + what + " (not found)");
	}
}
