package th.go.ita.measuretracker.plan;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.workflow.MeasureProcessCompleted;
import th.go.ita.measuretracker.workflow.StepCatalog;
import th.go.ita.measuretracker.workflow.StepTaskCompleted;
import th.go.ita.measuretracker.workflow.StepTaskStarted;

/**
 * Keeps our step and measure rows in step with the engine. The listeners run synchronously, inside the engine's
 * transaction, so a row is never ahead of or behind the task it describes.
 */
@Component
class StepProgress implements StepCatalog {

	private final PlanRepository repository;
	private final ApplicationEventPublisher events;

	StepProgress(PlanRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@Override
	public List<Long> stepIdsInOrder(long measureId) {
		return repository.stepIdsInOrder(measureId);
	}

	@Override
	public StepDefinition step(long stepId) {
		PlanRepository.StepRow row = repository.step(stepId)
			.orElseThrow(() -> new IllegalStateException("no step " + stepId + " in our tables"));
		return new StepDefinition(row.id(), row.text(), row.groupId(), row.dueDate());
	}

	@EventListener
	void on(StepTaskStarted event) {
		repository.markStepStarted(event.stepId(), event.taskId(), event.startedAt());
	}

	@EventListener
	void on(StepTaskCompleted event) {
		repository.markStepCompleted(event.stepId(), event.completedBy(), event.completedAt(), event.report());
		repository.step(event.stepId())
			.ifPresent(step -> events.publishEvent(new MeasureStepCompleted(step.measureId(), step.id(), event.completedAt())));
	}

	@EventListener
	void on(MeasureProcessCompleted event) {
		repository.markMeasureCompleted(event.measureId(), event.completedAt());
		events.publishEvent(new MeasureCompleted(event.measureId(), event.completedAt()));
	}
}
