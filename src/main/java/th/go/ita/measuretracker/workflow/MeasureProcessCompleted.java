package th.go.ita.measuretracker.workflow;

import java.time.Instant;

/** The last step of a measure was completed. Published inside the engine's transaction. */
public record MeasureProcessCompleted(long measureId, Instant completedAt) {
}
