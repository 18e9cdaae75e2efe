package th.go.ita.measuretracker.workflow.internal;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskWorkGuard} in front of every way to work a task: Tasklist submits forms through the FormService,
 * the REST API and our code complete, resolve and claim through the TaskService. The check and the work run in one
 * command, so they see the same task in one transaction. Setting task or process variables directly needs
 * permissions our roles do not grant (only admins have them), so these are the doors a group member has.
 */
@Component
class TaskWorkGuardPlugin extends AbstractProcessEnginePlugin {

	private final TaskWorkGuard guard = new TaskWorkGuard(FormSchemas.fromClasspath());

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setTaskService(new GuardedTaskService(guard));
		configuration.setFormService(new GuardedFormService(guard));
	}

	static class GuardedTaskService extends TaskServiceImpl {

		private final TaskWorkGuard guard;

		GuardedTaskService(TaskWorkGuard guard) {
			this.guard = guard;
		}

		@Override
		public void complete(String taskId, Map<String, Object> variables) {
			commandExecutor.execute(guard.completing(taskId, variables,
					admitted -> new CompleteTaskCmd(taskId, admitted, false, false)));
		}

		@Override
		public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
				boolean deserializeValues) {
			return commandExecutor.execute(guard.completing(taskId, variables,
					admitted -> new CompleteTaskCmd(taskId, admitted, true, deserializeValues)));
		}

		/** Resolving ends a delegation; nobody delegates here, and it would store values no listener checks. */
		@Override
		public void resolveTask(String taskId) {
			refuse(taskId, "resolve");
		}

		@Override
		public void resolveTask(String taskId, Map<String, Object> variables) {
			refuse(taskId, "resolve");
		}

		@Override
		public void claim(String taskId, String userId) {
			commandExecutor.execute(context -> {
				guard.admitClaim(context, taskId, userId);
				return new ClaimTaskCmd(taskId, userId).execute(context);
			});
		}

		@Override
		public void handleBpmnError(String taskId, String errorCode) {
			refuse(taskId, "BPMN error");
		}

		@Override
		public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
			refuse(taskId, "BPMN error");
		}

		@Override
		public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
			refuse(taskId, "BPMN error");
		}

		@Override
		public void handleEscalation(String taskId, String escalationCode) {
			refuse(taskId, "escalation");
		}

		@Override
		public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
			refuse(taskId, "escalation");
		}

		private void refuse(String taskId, String action) {
			commandExecutor.execute(context -> {
				guard.refuseUnofferedAction(context, taskId, action);
				return null;
			});
		}
	}

	static class GuardedFormService extends FormServiceImpl {

		private final TaskWorkGuard guard;

		GuardedFormService(TaskWorkGuard guard) {
			this.guard = guard;
		}

		@Override
		public void submitTaskForm(String taskId, Map<String, Object> properties) {
			commandExecutor.execute(guard.completing(taskId, properties,
					admitted -> new SubmitTaskFormCmd(taskId, admitted, false, false)));
		}

		@Override
		public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
				boolean deserializeValues) {
			return commandExecutor.execute(guard.completing(taskId, properties,
					admitted -> new SubmitTaskFormCmd(taskId, admitted, true, deserializeValues)));
		}
	}
}
