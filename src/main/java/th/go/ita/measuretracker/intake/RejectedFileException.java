package th.go.ita.measuretracker.intake;

import java.util.List;
import java.util.stream.Collectors;

/** An uploaded file (a plan, an assessment) was refused; nothing was stored. Answered 400 with every error. */
public abstract class RejectedFileException extends RuntimeException {

	private final List<FileError> errors;
	private final String title;

	protected RejectedFileException(String what, String title, List<FileError> errors) {
		super("The " + what + " was not imported (" + errors.size() + " error(s)): "
				+ errors.stream().sorted().map(FileError::toString).collect(Collectors.joining("; ")));
		this.errors = errors.stream().sorted().toList();
		this.title = title;
	}

	public List<FileError> errors() {
		return errors;
	}

	/** What the person sees first, Thai then English. */
	public String title() {
		return title;
	}
}
