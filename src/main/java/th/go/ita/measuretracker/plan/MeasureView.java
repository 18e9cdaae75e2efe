package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A measure as the REST API shows it; dates are ISO (C.E.), with the Buddhist-Era deadline alongside. A measure
 * closed without being done (status CANCELLED or CARRIED_OVER) has the reason, when and by whom; a carried-over one
 * names the measure that continues it, and that one names it back.
 */
public record MeasureView(long id, String businessKey, int fiscalYear, String organisation, String officeCode, String code, String title,
		String description, List<Integer> indicators, String responsibleGroup, LocalDate deadline, String deadlineThai,
		List<Integer> reportingQuarters, String stepOrder, String status, OffsetDateTime completedAt, int stepsDone,
		int stepsTotal, String processInstanceId, List<StepView> steps, String closedReason, OffsetDateTime closedAt,
		String closedBy, String carriedOverFrom, String carriedOverTo) {

	/** Neither done nor closed: its steps run. */
	public boolean isOpen() {
		return "OPEN".equals(status);
	}

	public record StepView(int position, String text, String group, LocalDate dueDate, String status, String taskId,
			OffsetDateTime startedAt, OffsetDateTime completedAt, String completedBy, String whatDone, LocalDate dateDone,
			String evidenceLinks, String note) {
	}
}
