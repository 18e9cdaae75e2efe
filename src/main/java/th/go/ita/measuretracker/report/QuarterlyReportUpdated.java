package th.go.ita.measuretracker.report;

import java.time.LocalDate;

/**
 * A measure's report for a quarter was opened, submitted, returned or approved. Published inside the engine's
 * transaction.
 *
 * @param progressPercent of the latest submission, {@code null} before the first
 * @param version the number of the latest submission, {@code null} before the first
 */
public record QuarterlyReportUpdated(long measureId, int fiscalYear, int quarter, ReportState state,
		Integer progressPercent, LocalDate dueDate, Integer version) {
}
