package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.workflow.StepCatalog;
import th.go.ita.measuretracker.workflow.TransactionMemo;

/** What measure.bpmn and step.bpmn read about a measure's steps, from our tables. */
@Component
@RequiredArgsConstructor
class PlanStepCatalog implements StepCatalog {

	private final PlanRepository repository;
	private final TransactionMemo<Long, StepDefinition> steps = new TransactionMemo<>();

	/**
	 * Starting a measure asks for each step's name, group and due date separately (measure.bpmn, step.bpmn): the
	 * measure's steps are read once, here, and kept for the rest of the transaction (FlowBenchmark).
	 */
	@Override
	public List<Long> stepIdsInOrder(long measureId) {
		Map<Long, StepDefinition> known = steps.values();
		return repository.steps(measureId).stream().map(row -> {
			known.put(row.id(), definition(row));
			return row.id();
		}).toList();
	}

	@Override
	public StepDefinition step(long stepId) {
		return steps.get(stepId, id -> definition(repository.step(id)
			.orElseThrow(() -> new IllegalStateException("no step " + id + " in our tables"))));
	}

	private static StepDefinition definition(PlanRepository.StepRow row) {
		return new StepDefinition(row.id(), row.text(), row.groupId(), row.dueDate());
	}
}
