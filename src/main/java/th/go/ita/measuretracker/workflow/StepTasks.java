package th.go.ita.measuretracker.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/** Called from bpmn/measure.bpmn's expressions to shape each step's user task. */
@Component("stepTasks")
public class StepTasks {

	private final StepCatalog catalog;
	private final LocalTime dueTime;

	StepTasks(StepCatalog catalog, @Value("${measure-tracker.due-time:16:30}") LocalTime dueTime) {
		this.catalog = catalog;
		this.dueTime = dueTime;
	}

	public List<Long> ids(Long measureId) {
		return catalog.stepIdsInOrder(measureId);
	}

	public String name(Long stepId) {
		return TaskNames.fit(catalog.step(stepId).text());
	}

	public String group(Long stepId) {
		return catalog.step(stepId).groupId();
	}

	public Date due(Long stepId) {
		return dueOn(catalog.step(stepId).dueDate());
	}

	/** When a step due on {@code day} falls due: at {@code measure-tracker.due-time} that day. */
	public Date dueOn(LocalDate day) {
		return OfficeTime.at(day, dueTime);
	}
}
