package th.go.ita.measuretracker.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.workflow.RemindedTasks.RemindedTask;

/**
 * Writes a reminder mail from templates/reminder/reminder-mail.html and the reminder.* messages, in Thai: the
 * office's language, as nobody's own language is recorded (a mail goes to a whole group).
 */
@Component
class MailComposer {

	private static final int SUBJECT_STEP_CHARS = 60;

	record Mail(String subject, String htmlBody) {
	}

	private final ITemplateEngine templates;
	private final String tasklistUrl;

	MailComposer(ITemplateEngine templates, @Value("${measure-tracker.tasklist-url}") String tasklistUrl) {
		this.templates = templates;
		this.tasklistUrl = tasklistUrl;
	}

	Mail compose(ReminderKind kind, RemindedTask task, Instant now) {
		LocalDate dueDay = ReminderSchedule.dueDay(task.due());
		long daysLeft = ChronoUnit.DAYS.between(OfficeTime.dayOf(now), dueDay);
		String subject = Wording.in(Wording.THAI, "reminder.subject." + kind.name(), task.businessKey(), dueDay,
				shorten(task.taskName()), daysLeft, -daysLeft);
		Context model = new Context(Wording.THAI);
		model.setVariables(Map.of("kind", kind.name(), "task", task, "due", dueDay, "daysLeft", daysLeft,
				"daysOverdue", -daysLeft, "link", tasklistUrl + "#/?task=" + task.taskId()));
		return new Mail(subject, templates.process("reminder/reminder-mail", model));
	}

	private static String shorten(String text) {
		return text.length() <= SUBJECT_STEP_CHARS ? text : text.substring(0, SUBJECT_STEP_CHARS - 1) + "…";
	}
}
