package th.go.ita.measuretracker.report;

/** Where a quarterly report stands; the names are those stored in quarterly_report.status. */
public enum ReportState {
	OPEN, SUBMITTED, RETURNED, APPROVED;

	/** The group owes a report: it has not submitted one yet, or it was returned. */
	public boolean awaitsTheGroup() {
		return this == OPEN || this == RETURNED;
	}
}
