package th.go.ita.measuretracker.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Facts about a task being completed that every task listener needs. */
public final class TaskCompletion {

	private TaskCompletion() {
	}

	/** The person who pressed "complete" (REST and Tasklist authenticate them), else whoever had claimed it. */
	public static String completedBy(DelegateTask task) {
		Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return current != null ? current.getUserId() : task.getAssignee();
	}
}
