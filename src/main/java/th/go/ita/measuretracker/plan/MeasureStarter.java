package th.go.ita.measuretracker.plan;

import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.plan.MeasureClosed.ClosedAs;
import th.go.ita.measuretracker.plan.PlanDiffer.MeasureWork;
import th.go.ita.measuretracker.plan.PlanDiffer.StepWork;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanRepository.MeasureRow;
import th.go.ita.measuretracker.workflow.MeasureProcess;
import th.go.ita.measuretracker.workflow.MeasureProcesses;
import th.go.ita.measuretracker.workflow.RunningMeasures;

/** Starts a measure a plan adds, and closes one that will not be done; both in the caller's transaction. */
@Component
@RequiredArgsConstructor
class MeasureStarter {

	private final PlanRepository repository;
	private final MeasureProcesses processes;
	private final RunningMeasures running;
	private final ApplicationEventPublisher events;

	/**
	 * Stores the measure and its steps and starts its process. A measure carried over from last year closes the one
	 * it continues, and each names the other.
	 *
	 * @return the new measure's business key
	 */
	String start(long planId, int fiscalYear, MeasureWork work, String by, Instant now) {
		MeasureEntry measure = work.entry();
		String businessKey = MeasureProcess.businessKey(fiscalYear, measure.code());
		long measureId = repository.insertMeasure(planId, businessKey, measure, work.groupId());
		int position = 1;
		for (StepWork step : work.steps()) {
			repository.insertStep(measureId, position++, step.text(), step.groupId(), step.due());
		}
		events.publishEvent(new MeasurePlanned(measureId, fiscalYear, businessKey, measure.code(), measure.title(),
				work.groupId(), measure.deadline(), measure.indicators(), measure.reportingQuarters(), work.steps().size()));
		String processInstanceId = processes.start(measureId, fiscalYear, measure.code(), measure.title(),
				measure.stepOrder() == StepOrder.SEQUENTIAL);
		repository.setProcessInstance(measureId, processInstanceId);
		MeasureRow from = work.carriedFrom();
		if (from != null) {
			// the reason is a record that everybody reads later, so in the office's language
			close(from, ClosedAs.CARRIED_OVER, Wording.in(Wording.THAI, "plan.carriedOverReason", businessKey), by, now);
			repository.linkCarriedOver(from.id(), from.businessKey(), measureId, businessKey);
		}
		return businessKey;
	}

	/** Ends an open measure's process and closes its row; nothing is deleted. */
	void close(MeasureRow measure, ClosedAs as, String reason, String by, Instant now) {
		repository.closeMeasure(measure.id(), as.name(), reason, now, by);
		if (measure.processInstanceId() != null) {
			running.end(measure.processInstanceId(), reason);
		}
		events.publishEvent(new MeasureClosed(measure.id(), as, now));
	}
}
