package th.go.ita.measuretracker.workflow;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Called from bpmn/measure.bpmn's expressions to shape each step's user task. */
@Component("stepTasks")
public class StepTasks {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

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
		return Date.from(catalog.step(stepId).dueDate().atTime(dueTime).atZone(BANGKOK).toInstant());
	}
}
