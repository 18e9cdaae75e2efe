package th.go.ita.measuretracker.workflow;

import org.camunda.bpm.engine.exception.NullValueException;

import th.go.ita.measuretracker.fiscal.Wording;

/** A task that does not exist, or that the caller may not see: both answer 404, so nothing is revealed. */
public class TaskNotFoundException extends NullValueException {

	public TaskNotFoundException(String taskId) {
		super(Wording.of("task.notFound.id", taskId));
	}
}
