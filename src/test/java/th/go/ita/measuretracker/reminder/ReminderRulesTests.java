package th.go.ita.measuretracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;

import org.junit.jupiter.api.Test;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/** The reminder rules without the app: when each reminder falls due, which overdue round it is, how mails retry. */
class ReminderRulesTests {

	/** The defaults of application.yml: 7 and 1 days before, every 7 days overdue, escalation after 14, at 08:30. */
	final ReminderSchedule schedule = new ReminderSchedule(
			new ReminderPolicy(7, 1, 7, 14, LocalTime.of(8, 30), "managers"));

	/** A step due on 31 May 2024 (2567-05-31) at the end of the working day. */
	final Date due = at(LocalDateTime.of(2024, 5, 31, 16, 30));

	@Test
	void eachReminderFallsDueAtHalfPastEightBangkokTimeCountedFromTheDueDay() {
		assertThat(schedule.firstBeforeDue(due)).isEqualTo("2024-05-24T08:30:00+07:00");
		assertThat(schedule.secondBeforeDue(due)).isEqualTo("2024-05-30T08:30:00+07:00");
		assertThat(schedule.onDue(due)).isEqualTo("2024-05-31T08:30:00+07:00");
		assertThat(schedule.overdueCycle(due)).isEqualTo("R/2024-06-01T08:30:00+07:00/P7D");
		assertThat(schedule.escalation(due)).isEqualTo("2024-06-14T08:30:00+07:00");
	}

	@Test
	void anEarlyReminderForATaskAlreadyDueIsDroppedTheLaterOnesNever() {
		Instant dayBefore = at(LocalDateTime.of(2024, 5, 30, 9, 0)).toInstant();
		assertThat(schedule.stale(ReminderKind.FIRST_BEFORE_DUE, due, dayBefore)).isTrue();
		assertThat(schedule.stale(ReminderKind.SECOND_BEFORE_DUE, due, dayBefore)).isFalse();
		assertThat(schedule.stale(ReminderKind.ON_DUE, due, dayBefore)).isFalse();
		Instant afterDue = at(LocalDateTime.of(2024, 5, 31, 17, 0)).toInstant();
		assertThat(schedule.stale(ReminderKind.ON_DUE, due, afterDue)).isTrue();
		assertThat(schedule.stale(ReminderKind.OVERDUE, due, afterDue)).isFalse();
		assertThat(schedule.stale(ReminderKind.ESCALATION, due, afterDue)).isFalse();
	}

	@Test
	void overdueRoundsCountWeeksFromTheDayAfterTheDueDay() {
		assertThat(schedule.overdueRound(due, at(LocalDateTime.of(2024, 6, 1, 9, 0)).toInstant())).isZero();
		assertThat(schedule.overdueRound(due, at(LocalDateTime.of(2024, 6, 7, 23, 0)).toInstant())).isZero();
		assertThat(schedule.overdueRound(due, at(LocalDateTime.of(2024, 6, 8, 8, 30)).toInstant())).isOne();
		assertThat(schedule.overdueRound(due, at(LocalDateTime.of(2024, 6, 15, 8, 30)).toInstant())).isEqualTo(2);
		assertThat(schedule.overdueRound(due, at(LocalDateTime.of(2024, 5, 20, 8, 30)).toInstant()))
			.as("before the due date").isZero();
	}

	@Test
	void aRefusedMailWaitsTwiceAsLongEachTimeUpToTheLongestWait() {
		RetryDelays retries = new RetryDelays(Duration.ofSeconds(30), Duration.ofMinutes(30));

		assertThat(retries.after(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(retries.after(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(retries.after(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(retries.after(6)).isEqualTo(Duration.ofMinutes(30));
		assertThat(retries.after(10_000)).as("never more, never an overflow").isEqualTo(Duration.ofMinutes(30));
	}

	private static Date at(LocalDateTime bangkok) {
		return Date.from(bangkok.atZone(OfficeTime.ZONE).toInstant());
	}
}
