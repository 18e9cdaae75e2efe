package th.go.ita.measuretracker.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.workflow.RemindedTasks.RemindedTask;

/** Writes a reminder mail from templates/reminder/reminder-mail.html and the subjects in messages.properties. */
@Component
class MailComposer {

	static final Locale THAI = Locale.forLanguageTag("th");
	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
	private static final int SUBJECT_STEP_CHARS = 60;

	record Mail(String subject, String htmlBody) {
	}

	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final String tasklistUrl;

	MailComposer(ITemplateEngine templates, MessageSource messages,
			@Value("${measure-tracker.tasklist-url}") String tasklistUrl) {
		this.templates = templates;
		this.messages = messages;
		this.tasklistUrl = tasklistUrl;
	}

	Mail compose(ReminderKind kind, RemindedTask task, Instant now) {
		LocalDate dueDay = ReminderSchedule.dueDay(task.due());
		long daysLeft = ChronoUnit.DAYS.between(OfficeTime.dayOf(now), dueDay);
		String dueThai = ThaiDates.longDate(dueDay);
		String dueEnglish = ENGLISH_DATE.format(dueDay);
		String subject = messages.getMessage("reminder.subject." + kind.name(), new Object[] { task.businessKey(),
				dueThai, shorten(task.taskName()), dueEnglish, daysLeft, -daysLeft }, THAI);
		Context model = new Context(THAI);
		model.setVariables(Map.of("kind", kind.name(), "task", task, "dueThai", dueThai, "dueEnglish", dueEnglish,
				"daysLeft", daysLeft, "daysOverdue", -daysLeft, "link", tasklistUrl + "#/?task=" + task.taskId()));
		return new Mail(subject, templates.process("reminder/reminder-mail", model));
	}

	private static String shorten(String text) {
		return text.length() <= SUBJECT_STEP_CHARS ? text : text.substring(0, SUBJECT_STEP_CHARS - 1) + "…";
	}
}
