package th.go.ita.measuretracker.workflow;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

@Component("measureCompletedListener")
@RequiredArgsConstructor
class MeasureCompletedListener implements ExecutionListener {

	private final ApplicationEventPublisher events;

	@Override
	public void notify(DelegateExecution execution) {
		long measureId = ((Number) execution.getVariable(MeasureProcess.MEASURE_ID)).longValue();
		events.publishEvent(new MeasureProcessCompleted(measureId, OfficeTime.now()));
	}
}
