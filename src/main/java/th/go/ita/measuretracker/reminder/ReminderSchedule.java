package th.go.ita.measuretracker.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/**
 * Turns the reminder policy into the timer dates bpmn/step.bpmn asks for, with an explicit +07:00 offset so that
 * the engine never reads them in another zone.
 */
@Component("reminderSchedule")
@RequiredArgsConstructor
public class ReminderSchedule {

	private final ReminderPolicy policy;

	public String firstBeforeDue(Date due) {
		return iso(dueDay(due).minusDays(policy.firstDaysBefore()));
	}

	public String secondBeforeDue(Date due) {
		return iso(dueDay(due).minusDays(policy.secondDaysBefore()));
	}

	public String onDue(Date due) {
		return iso(dueDay(due));
	}

	/** From the day after the due date, every {@code overdueEveryDays}, for as long as the task is open. */
	public String overdueCycle(Date due) {
		return "R/" + iso(dueDay(due).plusDays(1)) + "/P" + policy.overdueEveryDays() + "D";
	}

	public String escalation(Date due) {
		return iso(dueDay(due).plusDays(policy.escalateAfterDaysOverdue()));
	}

	/**
	 * A timer whose date had already passed when the task was created fires at once; an early reminder for a task
	 * that is already due (or past due) would only confuse, so it is dropped.
	 */
	boolean stale(ReminderKind kind, Date due, Instant now) {
		return switch (kind) {
			case FIRST_BEFORE_DUE -> !now.isBefore(at(dueDay(due).minusDays(policy.secondDaysBefore())));
			case SECOND_BEFORE_DUE -> !now.isBefore(at(dueDay(due)));
			case ON_DUE -> now.isAfter(due.toInstant());
			case OVERDUE, ESCALATION -> false;
		};
	}

	/** Which round of overdue reminders {@code now} falls in: 0 for the first, so a retried job keeps its round. */
	long overdueRound(Date due, Instant now) {
		long daysLate = ChronoUnit.DAYS.between(dueDay(due).plusDays(1), now.atZone(OfficeTime.ZONE).toLocalDate());
		return Math.max(0, daysLate / policy.overdueEveryDays());
	}

	static LocalDate dueDay(Date due) {
		return due.toInstant().atZone(OfficeTime.ZONE).toLocalDate();
	}

	private Instant at(LocalDate day) {
		return day.atTime(policy.sendAt()).atZone(OfficeTime.ZONE).toInstant();
	}

	private String iso(LocalDate day) {
		return OffsetDateTime.ofInstant(at(day), OfficeTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
