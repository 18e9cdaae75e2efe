package th.go.ita.measuretracker.document;

import org.springframework.http.HttpStatus;

/** A document request that cannot be done: 400 (asked wrongly), 404 (nothing to make it of) or 409 (not now). */
public class DocumentRefusedException extends RuntimeException {

	final HttpStatus status;

	DocumentRefusedException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}
}
