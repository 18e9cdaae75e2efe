package th.go.ita.measuretracker.reminder;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.workflow.RemindedTasks;
import th.go.ita.measuretracker.workflow.RemindedTasks.RemindedTask;

/**
 * A reminder timer of group-task-reminders.bpmn fired: queue the mails for the task that is still open.
 * Called as {@code ${enqueueReminder.queue(execution, 'ON_DUE')}}: the kind is an argument, not an input variable,
 * which the engine would write and delete again, with its history, for every reminder.
 */
@Component("enqueueReminder")
@RequiredArgsConstructor
public class EnqueueReminder {

	private final Reminders reminders;
	private final RemindedTasks tasks;

	public void queue(DelegateExecution execution, String reminderKind) {
		ReminderKind kind = ReminderKind.valueOf(reminderKind);
		Optional<RemindedTask> open = tasks.of(execution);
		if (open.isEmpty()) {
			return; // completed between the timer firing and this job running
		}
		RemindedTask task = open.get();
		if (reminders.queue(kind, task) == Reminders.Outcome.NO_RECIPIENT) {
			// Failing the timer job leaves an incident in Cockpit; once someone in the group has an address,
			// "retry" there sends the reminder.
			throw new ProcessEngineException("No member of " + reminders.audience(kind, task) + " has an email address;"
					+ " the " + kind + " reminder for task '" + task.taskName() + "' cannot be sent");
		}
	}
}
