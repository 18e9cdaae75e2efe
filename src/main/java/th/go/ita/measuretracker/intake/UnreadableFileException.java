package th.go.ita.measuretracker.intake;

import java.util.List;

/** An upload that is empty, too large or not UTF-8 text. */
public class UnreadableFileException extends RejectedFileException {

	UnreadableFileException(List<FileError> errors) {
		super("file.unreadable", errors);
	}
}
