package th.go.ita.measuretracker.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.workflow.RemindedTasks.RemindedTask;

/** Decides who is reminded of what, and queues one outbox row per recipient in the caller's transaction. */
@Service
@RequiredArgsConstructor
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	enum Outcome {
		QUEUED, STALE, NO_RECIPIENT
	}

	private final ReminderPolicy policy;
	private final ReminderSchedule schedule;
	private final IdentityService identity;
	private final MailComposer composer;
	private final OutboxRepository outbox;

	Outcome queue(ReminderKind kind, RemindedTask task) {
		Instant now = OfficeTime.now();
		if (schedule.stale(kind, task.due(), now)) {
			log.debug("{} reminder for task {} is stale (due {}), not sent", kind, task.taskId(), task.due());
			return Outcome.STALE;
		}
		Set<String> recipients = recipients(kind, task);
		if (recipients.isEmpty()) {
			log.warn("No member of {} has an email address: {} reminder for task {} ({}) not sent", audience(kind, task),
					kind, task.taskId(), task.taskName());
			return Outcome.NO_RECIPIENT;
		}
		MailComposer.Mail mail = composer.compose(kind, task, now);
		String round = kind == ReminderKind.OVERDUE ? String.valueOf(schedule.overdueRound(task.due(), now)) : "1";
		// once per kind, round and recipient for each due date a task has: an amended plan moves a task's due date,
		// and the reminders of the new date go out even if the same kind went out for the old one
		String dueDay = ReminderSchedule.dueDay(task.due()).toString();
		for (String recipient : recipients) {
			String dedupKey = String.join(":", kind.name(), task.taskId(), round, dueDay, recipient);
			outbox.queue(dedupKey, kind, recipient, mail, task, now);
		}
		return Outcome.QUEUED;
	}

	List<String> audience(ReminderKind kind, RemindedTask task) {
		return kind == ReminderKind.ESCALATION ? List.of(policy.managerGroup()) : task.candidateGroups();
	}

	private Set<String> recipients(ReminderKind kind, RemindedTask task) {
		List<User> users = new ArrayList<>();
		for (String group : audience(kind, task)) {
			users.addAll(identity.createUserQuery().memberOfGroup(group).list());
		}
		if (kind != ReminderKind.ESCALATION && task.assignee() != null) {
			users.addAll(identity.createUserQuery().userId(task.assignee()).list());
		}
		Set<String> addresses = new LinkedHashSet<>();
		for (User user : users) {
			if (user.getEmail() != null && !user.getEmail().isBlank()) {
				addresses.add(user.getEmail().trim());
			}
		}
		return addresses;
	}
}
