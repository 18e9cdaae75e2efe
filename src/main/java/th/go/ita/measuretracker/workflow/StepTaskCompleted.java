package th.go.ita.measuretracker.workflow;

import java.time.Instant;

/**
 * A step's user task was completed with the values of forms/complete-step.form. Published inside the engine's
 * transaction; the step is the one the task was created for (recorded with {@link StepTaskStarted}).
 */
public record StepTaskCompleted(String taskId, String completedBy, Instant completedAt, StepReport report) {
}
