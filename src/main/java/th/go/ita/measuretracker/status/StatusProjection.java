package th.go.ita.measuretracker.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.go.ita.measuretracker.evidence.EvidenceCountChanged;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.plan.MeasureAmended;
import th.go.ita.measuretracker.plan.MeasureClosed;
import th.go.ita.measuretracker.plan.MeasureCompleted;
import th.go.ita.measuretracker.plan.MeasurePlanned;
import th.go.ita.measuretracker.plan.MeasureStepCompleted;
import th.go.ita.measuretracker.report.QuarterlyReportUpdated;

/**
 * Keeps measure_status and step_completion_month in step with plans, steps and reports. The listeners run in the
 * transaction that made the change, so the view is never ahead of or behind the engine.
 */
@Component
@RequiredArgsConstructor
class StatusProjection {

	private static final Object VERSION_BUMP_REGISTERED = new Object();

	private final JdbcClient jdbc;

	/**
	 * Bumps status_version in the changing transaction, as its last statement: readers see the new version only
	 * together with the data it stands for, and the one-row lock is held for the commit alone. (It used to be a
	 * transaction of its own after the commit: a second commit for every step completed, FlowBenchmark.)
	 */
	private void changed() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			bumpVersion();
			return;
		}
		if (TransactionSynchronizationManager.hasResource(VERSION_BUMP_REGISTERED)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(VERSION_BUMP_REGISTERED, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				bumpVersion();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(VERSION_BUMP_REGISTERED);
			}
		});
	}

	private void bumpVersion() {
		jdbc.sql("update status_version set version = version + 1 where id = 1").update();
	}

	@EventListener
	void on(MeasurePlanned m) {
		jdbc.sql("""
				insert into measure_status (measure_id, fiscal_year, business_key, code, title, responsible_group,
				  deadline, indicators, reporting_quarters, steps_total)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.measureId(), m.fiscalYear(), m.businessKey(), m.code(), m.title(), m.responsibleGroup(),
					m.deadline(), commaList(m.indicators()), commaList(m.reportingQuarters()), m.stepsTotal())
			.update();
		changed();
	}

	@EventListener
	void on(MeasureStepCompleted step) {
		jdbc.sql("update measure_status set steps_done = steps_done + 1 where measure_id = ?")
			.param(step.measureId())
			.update();
		LocalDate month = OfficeTime.dayOf(step.completedAt()).withDayOfMonth(1);
		record Owner(int fiscalYear, String responsibleGroup) {
		}
		Owner owner = jdbc.sql("select fiscal_year, responsible_group from measure_status where measure_id = ?")
			.param(step.measureId())
			.query(Owner.class)
			.single();
		int updated = jdbc.sql("""
				update step_completion_month set completed = completed + 1
				where fiscal_year = ? and responsible_group = ? and month_start = ?""")
			.params(owner.fiscalYear(), owner.responsibleGroup(), month)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into step_completion_month (fiscal_year, responsible_group, month_start, completed)"
					+ " values (?, ?, ?, 1)")
				.params(owner.fiscalYear(), owner.responsibleGroup(), month)
				.update();
		}
		changed();
	}

	@EventListener
	void on(MeasureCompleted m) {
		jdbc.sql("update measure_status set done = true, completed_at = ? where measure_id = ?")
			.params(Timestamp.from(m.completedAt()), m.measureId())
			.update();
		changed();
	}

	@EventListener
	void on(MeasureAmended m) {
		jdbc.sql("""
				update measure_status set title = ?, responsible_group = ?, deadline = ?, indicators = ?,
				  reporting_quarters = ?, steps_total = ?
				where measure_id = ?""")
			.params(m.title(), m.responsibleGroup(), m.deadline(), commaList(m.indicators()),
					commaList(m.reportingQuarters()), m.stepsTotal(), m.measureId())
			.update();
		changed();
	}

	@EventListener
	void on(MeasureClosed m) {
		jdbc.sql("update measure_status set closed_as = ? where measure_id = ?")
			.params(m.closedAs().name(), m.measureId())
			.update();
		changed();
	}

	/** The latest quarter's report is the one shown; an older quarter's late news does not overwrite it. */
	@EventListener
	void on(QuarterlyReportUpdated r) {
		int quarterKey = r.fiscalYear() * 10 + r.quarter();
		jdbc.sql("""
				update measure_status set
				  report_progress = case when report_fiscal_year * 10 + report_quarter = :key
				                         then coalesce(:progress, report_progress) else :progress end,
				  report_fiscal_year = :year, report_quarter = :quarter, report_state = :state, report_due_open = :due
				where measure_id = :measure
				  and (report_fiscal_year is null or report_fiscal_year * 10 + report_quarter <= :key)""")
			.param("key", quarterKey)
			.param("progress", r.progressPercent(), java.sql.Types.INTEGER)
			.param("year", r.fiscalYear())
			.param("quarter", r.quarter())
			.param("state", r.state().name())
			.param("due", r.state().awaitsTheGroup() ? r.dueDate() : null, java.sql.Types.DATE)
			.param("measure", r.measureId())
			.update();
		changed();
	}

	/** The count is read with the rows, never from the cached totals, so it needs no new status_version. */
	@EventListener
	void on(EvidenceCountChanged evidence) {
		jdbc.sql("update measure_status set evidence_count = evidence_count + ? where measure_id = ?")
			.params(evidence.delta(), evidence.measureId())
			.update();
	}

	static String commaList(List<Integer> numbers) {
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
	}
}
