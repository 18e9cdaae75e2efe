package th.go.ita.measuretracker.intake;

import com.fasterxml.jackson.annotation.JsonInclude;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * One thing wrong with an uploaded file, where a person can find it: the line of a YAML file or the row of a
 * workbook (never both), the field path or sheet!column, and what to fix, in the reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileError(Integer line, Integer row, String field, String message) implements Comparable<FileError> {

	/** An error in a text file, at a line. */
	public FileError(int line, String field, String message) {
		this(line, null, field, message);
	}

	/** An error in a workbook, at a row; {@code field} names the sheet and the column, e.g. measures!deadline. */
	public static FileError atRow(int row, String field, String message) {
		return new FileError(null, row, field, message);
	}

	private int position() {
		return line != null ? line : row;
	}

	@Override
	public int compareTo(FileError other) {
		return Integer.compare(position(), other.position());
	}

	/** "บรรทัด 3, fiscalYear: …": where and what, as one line of a message. */
	@Override
	public String toString() {
		return line != null ? Wording.of("file.atLine", line, field, message) : Wording.of("file.atRow", row, field, message);
	}
}
