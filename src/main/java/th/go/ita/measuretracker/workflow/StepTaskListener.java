package th.go.ita.measuretracker.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the rest of the application, inside the engine's transaction, that a step task started or finished. */
@Component("stepTaskListener")
class StepTaskListener implements TaskListener {

	private final ApplicationEventPublisher events;

	StepTaskListener(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void notify(DelegateTask task) {
		long stepId = ((Number) task.getVariable(MeasureProcess.STEP_ID)).longValue();
		Instant now = ClockUtil.getCurrentTime().toInstant();
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> events.publishEvent(new StepTaskStarted(stepId, task.getId(), now));
			case EVENTNAME_COMPLETE -> {
				LocalDate today = now.atZone(ZoneId.of("Asia/Bangkok")).toLocalDate();
				StepReport report = StepReport.from(task.getVariables(), today);
				events.publishEvent(new StepTaskCompleted(stepId, task.getId(), TaskCompletion.completedBy(task), now, report));
			}
			default -> {
			}
		}
	}
}
