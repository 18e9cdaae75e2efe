package th.go.ita.measuretracker.reminder;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.workflow.MeasureProcess;

/** A reminder timer of step.bpmn fired: queue the mails for the task that is still open. */
@Component("enqueueReminder")
class EnqueueReminder implements JavaDelegate {

	private final TaskService tasks;
	private final Reminders reminders;

	EnqueueReminder(TaskService tasks, Reminders reminders) {
		this.tasks = tasks;
		this.reminders = reminders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReminderKind kind = ReminderKind.valueOf((String) execution.getVariableLocal(MeasureProcess.REMINDER_KIND));
		Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).singleResult();
		if (task == null) {
			return; // completed between the timer firing and this job running
		}
		List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(link -> link.getGroupId())
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
