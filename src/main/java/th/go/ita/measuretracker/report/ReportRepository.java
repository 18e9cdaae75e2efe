package th.go.ita.measuretracker.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class ReportRepository {

	private final JdbcClient jdbc;

	/** The processes of a measure's reports that are not approved yet. */
	List<String> unfinishedReportProcesses(long measureId) {
		return jdbc.sql("select process_instance_id from quarterly_report where measure_id = ? and status <> 'APPROVED'")
			.param(measureId)
			.query(String.class)
			.list();
	}

	Set<Long> measuresWithReport(int fiscalYear, int quarter) {
		return Set.copyOf(jdbc.sql("select measure_id from quarterly_report where fiscal_year = ? and quarter = ?")
			.params(fiscalYear, quarter)
			.query(Long.class)
			.list());
	}

	void open(long measureId, int fiscalYear, int quarter, String processInstanceId, LocalDate due, Instant at) {
		jdbc.sql("""
				insert into quarterly_report (measure_id, fiscal_year, quarter, process_instance_id, status, due_date, opened_at)
				values (?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(measureId, fiscalYear, quarter, processInstanceId, due, Timestamp.from(at))
			.update();
	}

	long reportId(String processInstanceId) {
		return jdbc.sql("select id from quarterly_report where process_instance_id = ?")
			.param(processInstanceId)
			.query(Long.class)
			.single();
	}

	void addVersion(long reportId, String submittedBy, Instant at, ReportSubmission s) {
		jdbc.sql("""
				insert into report_version (report_id, version, submitted_by, submitted_at, progress_percent,
				  step_statuses, narrative, problems, next_steps, evidence_links)
				select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?
				from report_version where report_id = ?""")
			.params(reportId, submittedBy, Timestamp.from(at), s.progressPercent(), s.stepStatuses(), s.narrative(),
					s.problems(), s.nextSteps(), s.evidenceLinks(), reportId)
			.update();
		setStatus(reportId, "SUBMITTED");
	}

	void review(long reportId, String reviewer, Instant at, ReportReview review) {
		jdbc.sql("""
				update report_version set reviewed_by = ?, reviewed_at = ?, decision = ?, review_comment = ?
				where report_id = ? and version = (select max(version) from report_version where report_id = ?)""")
			.params(reviewer, Timestamp.from(at), review.approved() ? "APPROVED" : "RETURNED", review.comment(),
					reportId, reportId)
			.update();
		if (review.approved()) {
			jdbc.sql("update quarterly_report set status = 'APPROVED', approved_at = ? where id = ?")
				.params(Timestamp.from(at), reportId)
				.update();
		}
		else {
			setStatus(reportId, "RETURNED");
		}
	}

	private void setStatus(long reportId, String status) {
		jdbc.sql("update quarterly_report set status = ? where id = ?").params(status, reportId).update();
	}

	QuarterlyReportUpdated snapshot(long reportId) {
		return jdbc.sql("""
				select r.measure_id, r.fiscal_year, r.quarter, r.status, r.due_date,
				  (select v.progress_percent from report_version v where v.report_id = r.id
				   order by v.version desc fetch first 1 rows only) as progress_percent,
				  (select max(v.version) from report_version v where v.report_id = r.id) as version
				from quarterly_report r where r.id = ?""")
			.param(reportId)
			.query((rs, n) -> new QuarterlyReportUpdated(rs.getLong("measure_id"), rs.getInt("fiscal_year"),
					rs.getInt("quarter"), ReportState.valueOf(rs.getString("status")), (Integer) rs.getObject("progress_percent"),
					rs.getObject("due_date", LocalDate.class), (Integer) rs.getObject("version")))
			.single();
	}

	List<ReportView> reportsOf(long measureId) {
		return jdbc.sql("""
				select r.id, r.fiscal_year, r.quarter, r.status, r.due_date, r.opened_at, r.approved_at
				from quarterly_report r where r.measure_id = ? order by r.fiscal_year, r.quarter""")
			.param(measureId)
			.query((rs, n) -> new ReportView(rs.getLong("id"), rs.getInt("fiscal_year"), rs.getInt("quarter"),
					rs.getString("status"), rs.getObject("due_date", LocalDate.class),
					rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("approved_at", OffsetDateTime.class),
					versions(rs.getLong("id"))))
			.list();
	}

	private List<ReportView.Version> versions(long reportId) {
		return jdbc.sql("select * from report_version where report_id = ? order by version")
			.param(reportId)
			.query(ReportView.Version.class)
			.list();
	}
}
