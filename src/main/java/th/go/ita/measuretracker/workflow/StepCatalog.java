package th.go.ita.measuretracker.workflow;

import java.time.LocalDate;
import java.util.List;

/** What the measure process needs to know about a measure's steps; the plan feature provides it. */
public interface StepCatalog {

	List<Long> stepIdsInOrder(long measureId);

	StepDefinition step(long stepId);

	record StepDefinition(long id, String text, String groupId, LocalDate dueDate) {
	}
}
