package th.go.ita.measuretracker.workflow;

import java.time.Instant;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/**
 * Tells the rest of the application, inside the engine's transaction, that a step task started or finished. The
 * step is known from the engine when the task is created; at completion it is found by the task's id, never from a
 * variable, so completing one's own task cannot touch another step.
 */
@Component("stepTaskListener")
@RequiredArgsConstructor
class StepTaskListener implements TaskListener {

	private final ApplicationEventPublisher events;
	private final StepTasks steps;

	@Override
	public void notify(DelegateTask task) {
		Instant now = OfficeTime.now();
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> {
				long stepId = ((Number) task.getVariable(MeasureProcess.STEP_ID)).longValue();
				task.setName(steps.name(stepId));
				events.publishEvent(new StepTaskStarted(stepId, task.getId(), now));
			}
			case EVENTNAME_COMPLETE -> {
				LocalDate today = OfficeTime.dayOf(now);
				StepReport report = StepReport.from(task.getVariables(), today);
				events.publishEvent(new StepTaskCompleted(task.getId(), TaskCompletion.completedBy(task), now, report));
			}
			default -> {
			}
		}
	}
}
