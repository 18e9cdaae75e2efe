package th.go.ita.measuretracker.assessment;

import java.util.List;

import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.intake.RejectedFileException;

/** The assessment was not imported; nothing was stored. */
public class AssessmentRejectedException extends RejectedFileException {

	AssessmentRejectedException(List<FileError> errors) {
		super("assessment.rejected", errors);
	}
}
