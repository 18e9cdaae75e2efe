package th.go.ita.measuretracker.workflow;

import java.time.Instant;

/** A step's user task was created. Published inside the engine's transaction. */
public record StepTaskStarted(long stepId, String taskId, Instant startedAt) {
}
