package th.go.ita.measuretracker.plan;

import java.time.Instant;

/**
 * A measure was closed without being done: cancelled by an amendment, or carried over to next year's plan. Its
 * process has ended; its row and history stay. Published inside the closing transaction.
 */
public record MeasureClosed(long measureId, ClosedAs closedAs, Instant closedAt) {

	public enum ClosedAs {
		CANCELLED, CARRIED_OVER
	}
}
