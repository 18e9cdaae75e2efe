package th.go.ita.measuretracker.plan;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.workflow.MeasureProcessCompleted;
import th.go.ita.measuretracker.workflow.StepTaskCompleted;
import th.go.ita.measuretracker.workflow.StepTaskStarted;

/**
 * Keeps our step and measure rows in step with the engine. The listeners run synchronously, inside the engine's
 * transaction, so a row is never ahead of or behind the task it describes.
 */
@Component
@RequiredArgsConstructor
class StepProgress {

	private final PlanRepository repository;
	private final ApplicationEventPublisher events;

	@EventListener
	void on(StepTaskStarted event) {
		repository.markStepStarted(event.stepId(), event.taskId(), event.startedAt());
	}

	@EventListener
	void on(StepTaskCompleted event) {
		PlanRepository.StepRow step = repository.activeStepOfTask(event.taskId())
			.orElseThrow(() -> new IllegalStateException("no open step for task " + event.taskId() + " in our tables"));
		repository.markStepCompleted(step.id(), event.completedBy(), event.completedAt(), event.report());
		events.publishEvent(new MeasureStepCompleted(step.measureId(), step.id(), event.completedAt()));
	}

	@EventListener
	void on(MeasureProcessCompleted event) {
		repository.markMeasureCompleted(event.measureId(), event.completedAt());
		events.publishEvent(new MeasureCompleted(event.measureId(), event.completedAt()));
	}
}
