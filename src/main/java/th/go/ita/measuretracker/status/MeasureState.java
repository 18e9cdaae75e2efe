package th.go.ita.measuretracker.status;

/** Where a measure stands today, most urgent first: the overview lists them in this order. */
public enum MeasureState {
	/** Not done and past its deadline. */
	OVERDUE,
	/** Its latest quarterly report is past due and not submitted (or was returned). */
	REPORT_MISSING,
	/** Not done and due within the at-risk window. */
	AT_RISK,
	ON_TRACK,
	DONE;

	/** The SQL that derives the state of a measure_status row {@code s}, given :today and :riskDay. */
	static final String SQL_CASE = """
			case when s.done then 'DONE'
			     when s.deadline < :today then 'OVERDUE'
			     when s.report_due_open < :today then 'REPORT_MISSING'
			     when s.deadline <= :riskDay then 'AT_RISK'
			     else 'ON_TRACK' end""";

	static final String SQL_RANK = """
			case when s.done then 4
			     when s.deadline < :today then 0
			     when s.report_due_open < :today then 1
			     when s.deadline <= :riskDay then 2
			     else 3 end""";
}
