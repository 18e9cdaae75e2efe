package th.go.ita.measuretracker.status;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a measure stands today, most urgent first: the overview lists them in this order. Each state is one rule
 * about a row {@code s} of measure_status, tried in {@link #decisionOrder()} (a closed measure is closed and a done
 * measure is done, however late),
 * written once with its negation; the filter predicates, the CASE and the rank are all made from these.
 */
public enum MeasureState {
	/** Not done and past its deadline. */
	OVERDUE(1, "s.deadline < :today", "s.deadline >= :today"),
	/** Its latest quarterly report is past due and not submitted (or was returned). */
	REPORT_MISSING(2, "s.report_due_open < :today", "(s.report_due_open is null or s.report_due_open >= :today)"),
	/** Due within the at-risk window. */
	AT_RISK(3, "s.deadline <= :riskDay", "s.deadline > :riskDay"),
	ON_TRACK(4, "true", "false"),
	DONE(0, "s.done", "not s.done"),
	/** Cancelled by an amendment of its plan: its process ended, nothing more is expected of it. */
	CANCELLED(-2, "s.closed_as = 'CANCELLED'", "coalesce(s.closed_as, '') <> 'CANCELLED'"),
	/** Carried over to next year's plan at the end of its fiscal year: it goes on there. */
	CARRIED_OVER(-1, "s.closed_as = 'CARRIED_OVER'", "coalesce(s.closed_as, '') <> 'CARRIED_OVER'");

	private final int decidedAt;
	private final String holds;
	private final String fails;

	MeasureState(int decidedAt, String holds, String fails) {
		this.decidedAt = decidedAt;
		this.holds = holds;
		this.fails = fails;
	}

	/** Closed without being done: no longer counted in a group's progress. */
	boolean isClosed() {
		return this == CANCELLED || this == CARRIED_OVER;
	}

	static List<MeasureState> decisionOrder() {
		return Arrays.stream(values()).sorted(Comparator.comparingInt(state -> state.decidedAt)).toList();
	}

	/** The rows in this state: every rule tried before it fails, its own holds. */
	String sqlPredicate() {
		return decisionOrder().stream()
			.takeWhile(state -> state != this)
			.map(state -> state.fails)
			.collect(Collectors.collectingAndThen(Collectors.toList(), before -> {
				before.add(holds);
				return String.join(" and ", before);
			}));
	}

	/** The SQL that derives the state of a measure_status row {@code s}, given :today and :riskDay. */
	static final String SQL_CASE = decisionOrder().stream()
		.map(state -> " when " + state.holds + " then '" + state.name() + "'")
		.collect(Collectors.joining("", "case", " end"));

	/** The order of the overview: the state's rank first. */
	static final String SQL_RANK = decisionOrder().stream()
		.map(state -> " when " + state.holds + " then " + state.ordinal())
		.collect(Collectors.joining("", "case", " end"));
}
