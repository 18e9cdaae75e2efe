package th.go.ita.measuretracker.reminder;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.workflow.MeasureProcess;

/**
 * A reminder timer of step.bpmn or quarterly-report.bpmn fired: queue the mails for the task that is still open.
 * Called as {@code ${enqueueReminder.queue(execution, 'ON_DUE')}}: the kind is an argument, not an input variable,
 * which the engine would write and delete again, with its history, for every reminder.
 */
@Component("enqueueReminder")
public class EnqueueReminder {

	private final Reminders reminders;

	EnqueueReminder(Reminders reminders) {
		this.reminders = reminders;
	}

	public void queue(DelegateExecution execution, String reminderKind) {
		ReminderKind kind = ReminderKind.valueOf(reminderKind);
		// The open task of this step (or report) process, read by its process instance inside the job's command: a
		// TaskQuery here built and mapped a general query, a sixth of a reminder job's time (BENCHMARKS.md).
		List<TaskEntity> open = Context.getCommandContext()
			.getTaskManager()
			.findTasksByProcessInstanceId(execution.getProcessInstanceId());
		if (open.isEmpty()) {
			return; // completed between the timer firing and this job running
		}
		if (open.size() > 1) {
			throw new ProcessEngineException("process instance " + execution.getProcessInstanceId() + " has "
					+ open.size() + " open tasks; a reminder belongs to one");
		}
		TaskEntity task = open.get(0);
		List<String> groups = task.getCandidates().stream()
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.toList();
		DueTask due = new DueTask(task.getId(), task.getName(), task.getDueDate(), groups, task.getAssignee(),
				((Number) execution.getVariable(MeasureProcess.MEASURE_ID)).longValue(),
				(Long) execution.getVariable(MeasureProcess.STEP_ID), // none for a quarterly report
				execution.getProcessBusinessKey(),
				(String) execution.getVariable(MeasureProcess.MEASURE_TITLE));
		if (reminders.queue(kind, due) == Reminders.Outcome.NO_RECIPIENT) {
			// Failing the timer job leaves an incident in Cockpit; once someone in the group has an address,
			// "retry" there sends the reminder.
			throw new ProcessEngineException("No member of " + reminders.audience(kind, due) + " has an email address;"
					+ " the " + kind + " reminder for task '" + task.getName() + "' cannot be sent");
		}
	}
}
