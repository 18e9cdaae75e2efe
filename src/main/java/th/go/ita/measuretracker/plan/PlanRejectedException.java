package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.stream.Collectors;

/** The plan was not imported; nothing was stored or started. */
public class PlanRejectedException extends RuntimeException {

	private final List<PlanError> errors;

	PlanRejectedException(List<PlanError> errors) {
		super("The plan was not imported (" + errors.size() + " error(s)): "
				+ errors.stream().sorted().map(PlanError::toString).collect(Collectors.joining("; ")));
		this.errors = errors.stream().sorted().toList();
	}

	public List<PlanError> errors() {
		return errors;
	}
}
