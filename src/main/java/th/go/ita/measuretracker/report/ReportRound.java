package th.go.ita.measuretracker.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.workflow.TransactionMemo;

/** Called from bpmn/quarterly-report*.bpmn: who reports in a round, and how each report task reads. */
@Component("reportRound")
public class ReportRound {

	private final MeasureQueries measures;
	private final ReportRepository reports;
	private final ReportPolicy policy;
	private final LocalTime dueTime;
	private final TransactionMemo<Long, MeasureView> summaries = new TransactionMemo<>();

	ReportRound(MeasureQueries measures, ReportRepository reports, ReportPolicy policy,
			@Value("${measure-tracker.due-time:16:30}") LocalTime dueTime) {
		this.measures = measures;
		this.reports = reports;
		this.policy = policy;
		this.dueTime = dueTime;
	}

	/**
	 * Open measures that report in this quarter and have no report for it yet, so a round never opens one twice.
	 * Their rows are kept for the round's transaction: each report's names and group are read from them.
	 */
	public List<Long> measuresToReport(Integer fiscalYear, Integer quarter) {
		Set<Long> opened = reports.measuresWithReport(fiscalYear, quarter);
		Map<Long, MeasureView> known = summaries.values();
		List<Long> toReport = new ArrayList<>();
		for (MeasureView measure : measures.openReportingIn(fiscalYear, quarter)) {
			if (!opened.contains(measure.id())) {
				known.put(measure.id(), measure);
				toReport.add(measure.id());
			}
		}
		return toReport;
	}

	public Date due(Integer fiscalYear, Integer quarter) {
		return OfficeTime.at(dueDay(fiscalYear, quarter), dueTime);
	}

	LocalDate dueDay(int fiscalYear, int quarter) {
		return FiscalYear.of(fiscalYear).quarter(quarter).lastDay().plusDays(policy.dueDaysAfterQuarter());
	}

	public String businessKey(Long measureId) {
		return summary(measureId).businessKey();
	}

	public String responsibleGroup(Long measureId) {
		return summary(measureId).responsibleGroup();
	}

	public String measureTitle(Long measureId) {
		return summary(measureId).title();
	}

	public String reviewerGroup() {
		return policy.reviewerGroup();
	}

	/** รายงานความก้าวหน้า ไตรมาสที่ 3/2567 — FY2567-M1 */
	String submitTaskName(long measureId, int fiscalYear, int quarter) {
		return "รายงานความก้าวหน้า " + FiscalYear.of(fiscalYear).quarter(quarter).thai() + " — "
				+ summary(measureId).businessKey();
	}

	String reviewTaskName(long measureId, int fiscalYear, int quarter) {
		return "ตรวจรายงานความก้าวหน้า " + FiscalYear.of(fiscalYear).quarter(quarter).thai() + " — "
				+ summary(measureId).businessKey();
	}

	/** Pre-fills the report form with each step and where it stands, for the group to edit: a record, so Thai. */
	public String stepStatuses(Long measureId) {
		return measures.find(measureId)
			.orElseThrow(() -> new IllegalStateException("no measure " + measureId))
			.steps()
			.stream()
			.map(step -> step.position() + ". " + step.text() + " — "
					+ Wording.in(Wording.THAI, "report.stepStatus." + shown(step.status())))
			.collect(Collectors.joining("\n"));
	}

	private static String shown(String stepStatus) {
		return "COMPLETED".equals(stepStatus) || "ACTIVE".equals(stepStatus) ? stepStatus : "PENDING";
	}

	/** Without its steps: most expressions need only the measure's own columns. */
	private MeasureView summary(Long measureId) {
		return summaries.get(measureId,
				id -> measures.summary(id).orElseThrow(() -> new IllegalStateException("no measure " + id)));
	}
}
