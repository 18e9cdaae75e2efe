package th.go.ita.measuretracker.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One quarter's report of a measure, with every version submitted and its review. */
public record ReportView(long id, int fiscalYear, int quarter, String status, LocalDate dueDate,
		OffsetDateTime openedAt, OffsetDateTime approvedAt, List<Version> versions) {

	public record Version(int version, String submittedBy, OffsetDateTime submittedAt, int progressPercent,
			String stepStatuses, String narrative, String problems, String nextSteps, String evidenceLinks,
			String reviewedBy, OffsetDateTime reviewedAt, String decision, String reviewComment) {
	}
}
