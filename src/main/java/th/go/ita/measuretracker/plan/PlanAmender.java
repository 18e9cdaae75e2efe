package th.go.ita.measuretracker.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.MeasureClosed.ClosedAs;
import th.go.ita.measuretracker.plan.PlanDiffer.MeasureWork;
import th.go.ita.measuretracker.plan.PlanDiffer.StepWork;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanRepository.MeasureRow;
import th.go.ita.measuretracker.workflow.RunningMeasures;

/**
 * Carries out what a comparison found (PlanDiffer): our rows first, then the running processes, in the caller's
 * transaction, so an amendment is applied whole or not at all. The comparison has already refused whatever may
 * not change, so only open work is touched here.
 */
@Component
@RequiredArgsConstructor
class PlanAmender {

	private final PlanRepository repository;
	private final MeasureStarter starter;
	private final RunningMeasures running;
	private final ApplicationEventPublisher events;

	/** @return the business keys of the measures it started */
	List<String> apply(long planId, int fiscalYear, List<MeasureWork> work, String by, Instant now) {
		List<String> started = new ArrayList<>();
		for (MeasureWork measure : work) {
			switch (measure.change()) {
				case ADDED -> started.add(starter.start(planId, fiscalYear, measure, by, now));
				case CANCELLED -> starter.close(measure.stored(), ClosedAs.CANCELLED, measure.entry().cancelled(), by, now);
				default -> change(measure);
			}
		}
		return started;
	}

	private void change(MeasureWork work) {
		MeasureRow measure = work.stored();
		MeasureEntry entry = work.entry();
		String instance = measure.processInstanceId();
		boolean inOrder = measure.stepOrder().equals(StepOrder.SEQUENTIAL.name());
		repository.updateMeasure(measure.id(), entry, work.groupId());
		int steps = 0;
		for (StepWork step : work.steps()) {
			if (step.change() == null) {
				steps++;
				continue;
			}
			switch (step.change()) {
				case CHANGED -> {
					repository.updateStep(step.stored().id(), step.text(), step.groupId(), step.due());
					if ("ACTIVE".equals(step.stored().status())) {
						changeOpenTask(step);
					}
					steps++;
				}
				case REMOVED -> {
					repository.markStepRemoved(step.stored().id());
					if (inOrder) {
						running.dropPending(instance);
					}
				}
				default -> {
					long stepId = repository.insertStep(measure.id(), repository.nextStepPosition(measure.id()), step.text(),
							step.groupId(), step.due());
					running.append(instance, stepId, inOrder);
					steps++;
				}
			}
		}
		if (!measure.title().equals(entry.title())) {
			running.retitle(instance, entry.title());
		}
		events.publishEvent(new MeasureAmended(measure.id(), entry.title(), work.groupId(), entry.deadline(),
				entry.indicators(), entry.reportingQuarters(), steps));
	}

	private void changeOpenTask(StepWork step) {
		PlanRepository.StepRow old = step.stored();
		if (!old.text().equals(step.text())) {
			running.rename(old.taskId(), step.text());
		}
		if (!old.groupId().equals(step.groupId())) {
			running.regroup(old.taskId(), old.groupId(), step.groupId());
		}
		if (!Objects.equals(old.dueDate(), step.due())) {
			running.reschedule(old.taskId(), step.due());
		}
	}
}
