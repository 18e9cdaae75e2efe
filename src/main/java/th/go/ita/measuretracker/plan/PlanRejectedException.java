package th.go.ita.measuretracker.plan;

import java.util.List;

import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.intake.RejectedFileException;

/** The plan was not imported; nothing was stored or started. */
public class PlanRejectedException extends RejectedFileException {

	PlanRejectedException(List<FileError> errors) {
		super("plan.rejected", errors);
	}
}
