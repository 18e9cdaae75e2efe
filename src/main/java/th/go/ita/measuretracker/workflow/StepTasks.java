package th.go.ita.measuretracker.workflow;

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
		return OfficeTime.at(catalog.step(stepId).dueDate(), dueTime);
	}
}
