package th.go.ita.measuretracker.status;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads measure_status only: one statement per question, whatever the number of measures. */
@Repository
@RequiredArgsConstructor
class StatusRepository {

	private static final String FILTERED = """
			from measure_status s
			where s.fiscal_year = :year
			  and (:anyGroup or s.responsible_group in (:groups))
			  and (cast(:quarter as varchar(10)) is null or s.reporting_quarters like :quarter)
			  and (cast(:indicator as varchar(10)) is null or s.indicators like :indicator)
			""";

	private static final String ROWS = "select * from (select s.*, " + MeasureState.SQL_CASE + " as state, "
			+ MeasureState.SQL_RANK + " as state_rank " + FILTERED + ") x"
			+ " where (cast(:state as varchar(20)) is null or x.state = :state)"
			+ " order by x.state_rank, x.deadline, x.business_key";

	private final JdbcClient jdbc;

	record Row(String businessKey, String code, String title, String responsibleGroup, LocalDate deadline,
			int stepsDone, int stepsTotal, Integer reportFiscalYear, Integer reportQuarter, Integer reportProgress,
			String reportState, String state, int evidenceCount) {
	}

	record Count(String responsibleGroup, String state, long measures, long stepsDone, long stepsTotal) {
	}

	record MonthCount(LocalDate monthStart, long completed) {
	}

	/**
	 * Rows {@code offset..offset+limit} of one state, in page order. Each state is one range of
	 * ix_measure_status_page, so a page costs a few index probes instead of sorting the whole year.
	 *
	 * @param groups the groups the viewer may see, or {@code null} for all
	 */
	List<Row> bucket(MeasureState state, StatusFilter filter, Collection<String> groups, LocalDate today,
			LocalDate riskDay, long offset, int limit) {
		return bind(jdbc.sql("select s.*, '" + state.name() + "' as state " + FILTERED + " and " + state.sqlPredicate()
				+ " order by s.done, s.deadline, s.business_key offset :offset rows fetch next :limit rows only"), filter,
				groups, today, riskDay)
			.param("offset", offset)
			.param("limit", limit)
			.query(Row.class)
			.list();
	}

	/**
	 * The fiscal years that have measures, latest first.
	 * @param groups the groups the viewer may see, or {@code null} for all
	 */
	List<Integer> yearsWithMeasures(Collection<String> groups) {
		return jdbc.sql("select distinct fiscal_year from measure_status where :anyGroup or responsible_group in (:groups)"
				+ " order by fiscal_year desc")
			.param("anyGroup", groups == null)
			.param("groups", groups == null || groups.isEmpty() ? List.of("") : groups)
			.query(Integer.class)
			.list();
	}

	/** Changes whenever a committed transaction changed measure_status (see StatusProjection). */
	long version() {
		return jdbc.sql("select version from status_version where id = 1").query(Long.class).single();
	}

	/** Every row of the filter, in page order, handed over one by one so an export never holds them all. */
	void each(StatusFilter filter, Collection<String> groups, LocalDate today, LocalDate riskDay, Consumer<Row> rows) {
		bind(jdbc.sql(ROWS), filter, groups, today, riskDay).query(Row.class).stream().forEach(rows);
	}

	/** Counts per group and state for the same filter, ignoring the state filter (the totals show every state). */
	List<Count> counts(StatusFilter filter, Collection<String> groups, LocalDate today, LocalDate riskDay) {
		return bind(jdbc.sql("select x.responsible_group, x.state, count(*) as measures, sum(x.steps_done) as steps_done,"
				+ " sum(x.steps_total) as steps_total from (select s.responsible_group, s.steps_done, s.steps_total, "
				+ MeasureState.SQL_CASE + " as state " + FILTERED + ") x group by x.responsible_group, x.state"),
				new StatusFilter(filter.fiscalYear(), filter.quarter(), filter.group(), null, filter.indicator()), groups,
				today, riskDay)
			.query(Count.class)
			.list();
	}

	List<MonthCount> stepsCompletedByMonth(int fiscalYear, String group, Collection<String> groups) {
		return jdbc.sql("""
				select month_start, sum(completed) as completed from step_completion_month
				where fiscal_year = :year and (:anyGroup or responsible_group in (:groups))
				  and (cast(:group as varchar(64)) is null or responsible_group = :group)
				group by month_start order by month_start""")
			.param("year", fiscalYear)
			.param("anyGroup", groups == null)
			.param("groups", groups == null || groups.isEmpty() ? List.of("") : groups)
			.param("group", group, java.sql.Types.VARCHAR)
			.query(MonthCount.class)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, StatusFilter filter,
			Collection<String> groups, LocalDate today, LocalDate riskDay) {
		boolean anyGroup = groups == null && filter.group() == null;
		List<String> allowed = filter.group() == null ? (groups == null ? List.of("") : List.copyOf(groups))
				: (groups == null || groups.contains(filter.group()) ? List.of(filter.group()) : List.of(""));
		return sql.param("year", filter.fiscalYear())
			.param("anyGroup", anyGroup)
			.param("groups", allowed.isEmpty() ? List.of("") : allowed)
			.param("quarter", filter.quarter() == null ? null : "%," + filter.quarter() + ",%", java.sql.Types.VARCHAR)
			.param("indicator", filter.indicator() == null ? null : "%," + filter.indicator() + ",%",
					java.sql.Types.VARCHAR)
			.param("state", filter.state() == null ? null : filter.state().name(), java.sql.Types.VARCHAR)
			.param("today", today)
			.param("riskDay", riskDay);
	}
}
