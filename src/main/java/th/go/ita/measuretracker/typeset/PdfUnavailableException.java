package th.go.ita.measuretracker.typeset;

/**
 * No PDF could be made: Chromium is missing, failed or took too long. Answered 503 with what to do
 * ({@link PdfUnavailableHandler}); the other formats (DOCX, XLSX, CSV) do not need Chromium and keep working.
 */
public class PdfUnavailableException extends RuntimeException {

	PdfUnavailableException(String message) {
		super(message);
	}

	PdfUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
