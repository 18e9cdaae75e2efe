package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.List;

/** A measure was imported. Published inside the import's transaction. */
public record MeasurePlanned(long measureId, int fiscalYear, String businessKey, String code, String title,
		String responsibleGroup, LocalDate deadline, List<Integer> indicators, List<Integer> reportingQuarters,
		int stepsTotal) {
}
