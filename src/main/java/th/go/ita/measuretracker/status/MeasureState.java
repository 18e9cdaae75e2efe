package th.go.ita.measuretracker.status;

/** Where a measure stands today, most urgent first: the overview lists them in this order. */
public enum MeasureState {
	/** Not done and past its deadline. */
	OVERDUE("not s.done and s.deadline < :today"),
	/** Its latest quarterly report is past due and not submitted (or was returned). */
	REPORT_MISSING("not s.done and s.deadline >= :today and s.report_due_open < :today"),
	/** Not done and due within the at-risk window. */
	AT_RISK("not s.done and s.deadline >= :today and s.deadline <= :riskDay"
			+ " and (s.report_due_open is null or s.report_due_open >= :today)"),
	ON_TRACK("not s.done and s.deadline > :riskDay and (s.report_due_open is null or s.report_due_open >= :today)"),
	DONE("s.done");

	/** The rows of measure_status {@code s} in this state; the same partition as {@link #SQL_CASE}. */
	final String sqlPredicate;

	MeasureState(String sqlPredicate) {
		this.sqlPredicate = sqlPredicate;
	}

	/** The SQL that derives the state of a measure_status row {@code s}, given :today and :riskDay. */
	static final String SQL_CASE = """
			case when s.done then 'DONE'
			     when s.deadline < :today then 'OVERDUE'
			     when s.report_due_open < :today then 'REPORT_MISSING'
			     when s.deadline <= :riskDay then 'AT_RISK'
			     else 'ON_TRACK' end""";

	/** The order of the overview: the state's rank first. */
	static final String SQL_RANK = """
			case when s.done then 4
			     when s.deadline < :today then 0
			     when s.report_due_open < :today then 1
			     when s.deadline <= :riskDay then 2
			     else 3 end""";
}
