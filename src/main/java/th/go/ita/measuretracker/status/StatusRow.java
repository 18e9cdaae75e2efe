package th.go.ita.measuretracker.status;

import java.time.LocalDate;

/** One measure as the overview shows it. */
public record StatusRow(String businessKey, String code, String title, String responsibleGroup, String groupName,
		LocalDate deadline, String deadlineThai, int stepsDone, int stepsTotal, Integer reportFiscalYear,
		Integer reportQuarter, Integer reportProgress, String reportState, MeasureState state, int evidenceCount) {
}
