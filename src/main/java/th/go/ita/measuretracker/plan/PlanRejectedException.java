package th.go.ita.measuretracker.plan;

import java.util.List;

import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.intake.RejectedFileException;

/** The plan was not imported or amended; nothing was stored or started. */
public class PlanRejectedException extends RejectedFileException {

	PlanRejectedException(List<FileError> errors) {
		this("plan.rejected", errors);
	}

	private PlanRejectedException(String titleCode, List<FileError> errors) {
		super(titleCode, errors);
	}

	/** The plan is valid, but it would change work that is done, closed or started: nothing was changed. */
	static PlanRejectedException amendmentRefused(List<FileError> errors) {
		return new PlanRejectedException("plan.amendmentRefused", errors);
	}
}
