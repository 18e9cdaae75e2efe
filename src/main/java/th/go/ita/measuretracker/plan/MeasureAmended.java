package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.List;

/** An amendment changed a measure that runs: what it now is. Published inside the amendment's transaction. */
public record MeasureAmended(long measureId, String title, String responsibleGroup, LocalDate deadline,
		List<Integer> indicators, List<Integer> reportingQuarters, int stepsTotal) {
}
