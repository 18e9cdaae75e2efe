package th.go.ita.measuretracker.reminder;

import java.time.Duration;

/**
 * How long a mail the server refused waits before its next try: {@code first}, doubling with each failure, never
 * longer than {@code max}, and never given up (a reminder that never goes out is the failure users would not forgive).
 */
record RetryDelays(Duration first, Duration max) {

	Duration after(int attemptsSoFar) {
		Duration delay = first.multipliedBy(1L << Math.min(attemptsSoFar, 20));
		return delay.compareTo(max) > 0 ? max : delay;
	}
}
