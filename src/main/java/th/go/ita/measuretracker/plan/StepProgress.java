package th.go.ita.measuretracker.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	/**
	 * Starting a measure asks for each step's name, group and due date separately (measure.bpmn, step.bpmn): the
	 * measure's steps are read once, here, and kept for the rest of the transaction (FlowBenchmark).
	 */
	@Override
	public List<Long> stepIdsInOrder(long measureId) {
		Map<Long, StepDefinition> known = knownInThisTransaction();
		return repository.steps(measureId).stream().map(row -> {
			known.put(row.id(), definition(row));
			return row.id();
		}).toList();
	}

	@Override
	public StepDefinition step(long stepId) {
		return knownInThisTransaction().computeIfAbsent(stepId, id -> definition(repository.step(id)
			.orElseThrow(() -> new IllegalStateException("no step " + id + " in our tables"))));
	}

	private static StepDefinition definition(PlanRepository.StepRow row) {
		return new StepDefinition(row.id(), row.text(), row.groupId(), row.dueDate());
	}

	@SuppressWarnings("unchecked")
	private Map<Long, StepDefinition> knownInThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new HashMap<>();
		}
		Map<Long, StepDefinition> known = (Map<Long, StepDefinition>) TransactionSynchronizationManager.getResource(this);
		if (known == null) {
			known = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, known);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(StepProgress.this);
				}
			});
		}
		return known;
	}

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
