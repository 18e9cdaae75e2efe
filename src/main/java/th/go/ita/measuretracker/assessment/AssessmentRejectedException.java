package th.go.ita.measuretracker.assessment;

import java.util.List;
import java.util.stream.Collectors;

import th.go.ita.measuretracker.plan.PlanError;

/** The assessment was not imported; nothing was stored. */
public class AssessmentRejectedException extends RuntimeException {

	private final List<PlanError> errors;

	AssessmentRejectedException(List<PlanError> errors) {
		super("The assessment was not imported (" + errors.size() + " error(s)): "
				+ errors.stream().sorted().map(PlanError::toString).collect(Collectors.joining("; ")));
		this.errors = errors.stream().sorted().toList();
	}

	public List<PlanError> errors() {
		return errors;
	}
}
