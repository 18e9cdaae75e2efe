package th.go.ita.measuretracker.workflow;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Which group task a reminder timer is about. The timers live in group-task-reminders.bpmn, called next to the task
 * by step.bpmn and quarterly-report.bpmn, so the task is the open one of the calling process. Instances started on
 * the models from before that process (timers on the task itself) keep running on those versions, so a timer may
 * also sit in the task's own process.
 */
@Component
public class RemindedTasks {

	static final String REMINDERS_PROCESS_KEY = "GroupTaskReminders";

	/** @return the open task, or empty when it was completed between the timer firing and its job running */
	public Optional<RemindedTask> of(DelegateExecution timer) {
		ExecutionEntity execution = (ExecutionEntity) timer;
		ExecutionEntity caller = execution.getProcessInstance().getSuperExecution();
		String instanceWithTask = caller != null
				&& REMINDERS_PROCESS_KEY.equals(execution.getProcessDefinition().getKey())
						? caller.getProcessInstanceId() : execution.getProcessInstanceId();
		// Read inside the job's command by process instance: a TaskQuery here built and mapped a general query, a
		// sixth of a reminder job's time (BENCHMARKS.md).
		List<TaskEntity> open = Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(instanceWithTask);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		if (open.size() > 1) {
			throw new ProcessEngineException("process instance " + instanceWithTask + " has " + open.size()
					+ " open tasks; a reminder belongs to one");
		}
		TaskEntity task = open.get(0);
		ExecutionEntity scope = task.getExecution();
		List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
		return Optional.of(new RemindedTask(task.getId(), task.getName(), task.getDueDate(), groups, task.getAssignee(),
				((Number) scope.getVariable(MeasureProcess.MEASURE_ID)).longValue(),
				(Long) scope.getVariable(MeasureProcess.STEP_ID), // none for a quarterly report
				scope.getProcessBusinessKey(), (String) scope.getVariable(MeasureProcess.MEASURE_TITLE)));
	}

	/** An open group task with what a reminder mail says about it. */
	public record RemindedTask(String taskId, String taskName, Date due, List<String> candidateGroups, String assignee,
			long measureId, Long stepId, String businessKey, String measureTitle) {
	}
}
