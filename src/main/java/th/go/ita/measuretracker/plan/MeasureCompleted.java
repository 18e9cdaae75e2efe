package th.go.ita.measuretracker.plan;

import java.time.Instant;

/** Every step of a measure is done. Published inside the engine's transaction. */
public record MeasureCompleted(long measureId, Instant completedAt) {
}
