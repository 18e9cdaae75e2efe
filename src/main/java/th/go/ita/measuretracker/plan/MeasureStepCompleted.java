package th.go.ita.measuretracker.plan;

import java.time.Instant;

/** One step of a measure was completed. Published inside the engine's transaction. */
public record MeasureStepCompleted(long measureId, long stepId, Instant completedAt) {
}
