package th.go.ita.measuretracker.intake;

import java.util.List;
import java.util.stream.Collectors;

import th.go.ita.measuretracker.fiscal.Wording;

/** An uploaded file (a plan, an assessment) was refused; nothing was stored. Answered 400 with every error. */
public abstract class RejectedFileException extends RuntimeException {

	private final List<FileError> errors;
	private final String title;

	/** @param titleCode the message that says what was not imported, e.g. plan.rejected */
	protected RejectedFileException(String titleCode, List<FileError> errors) {
		super(Wording.of("file.rejected", Wording.of(titleCode), errors.size(),
				errors.stream().sorted().map(FileError::toString).collect(Collectors.joining("; "))));
		this.errors = errors.stream().sorted().toList();
		this.title = Wording.of(titleCode);
	}

	public List<FileError> errors() {
		return errors;
	}

	/** What the person sees first. */
	public String title() {
		return title;
	}
}
