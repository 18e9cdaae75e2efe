package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/** An uploaded file (a plan, an assessment) was refused; nothing was stored. Answered 400 with every error. */
public abstract class RejectedFileException extends BadUserRequestException {

	private final List<PlanError> errors;
	private final String title;

	protected RejectedFileException(String what, String title, List<PlanError> errors) {
		super("The " + what + " was not imported (" + errors.size() + " error(s)): "
				+ errors.stream().sorted().map(PlanError::toString).collect(Collectors.joining("; ")));
		this.errors = errors.stream().sorted().toList();
		this.title = title;
	}

	public List<PlanError> errors() {
		return errors;
	}

	/** What the person sees first, Thai then English. */
	public String title() {
		return title;
	}
}
