package th.go.ita.measuretracker.reminder;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out, counted in days from a task's due date; each is sent at {@code sendAt} Bangkok time.
 *
 * @param firstDaysBefore first reminder this many days before the due date
 * @param secondDaysBefore second reminder this many days before the due date
 * @param overdueEveryDays while overdue, a reminder every this many days, from the day after the due date
 * @param escalateAfterDaysOverdue the managers are told once the task is this many days overdue
 * @param managerGroup the Camunda group that gets escalations
 */
@ConfigurationProperties("measure-tracker.reminders")
public record ReminderPolicy(@DefaultValue("7") int firstDaysBefore, @DefaultValue("1") int secondDaysBefore,
		@DefaultValue("7") int overdueEveryDays, @DefaultValue("14") int escalateAfterDaysOverdue,
		@DefaultValue("08:30") LocalTime sendAt, @DefaultValue("managers") String managerGroup) {

	public ReminderPolicy {
		if (firstDaysBefore <= secondDaysBefore || secondDaysBefore < 1 || overdueEveryDays < 1
				|| escalateAfterDaysOverdue < 1) {
			throw new IllegalArgumentException("measure-tracker.reminders: need firstDaysBefore > secondDaysBefore >= 1,"
					+ " overdueEveryDays >= 1 and escalateAfterDaysOverdue >= 1");
		}
	}
}
