package th.go.ita.measuretracker.report;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.FiscalYear;

/** Opens a reporting round by hand, for plans imported after their quarter ended. */
@Service
public class ReportRounds {

	private final RuntimeService runtime;
	private final ReportRound round;
	private final ReportRepository reports;

	ReportRounds(RuntimeService runtime, ReportRound round, ReportRepository reports) {
		this.runtime = runtime;
		this.round = round;
		this.reports = reports;
	}

	/** @return the business keys of the measures that got a report task */
	@Transactional
	public List<String> open(int fiscalYear, int quarter) {
		FiscalYear.of(fiscalYear).quarter(quarter); // rejects a year or quarter that does not exist
		List<Long> toReport = round.measuresToReport(fiscalYear, quarter);
		runtime.startProcessInstanceByMessage(QuarterlyReportProcess.MESSAGE_ROUND_REQUESTED, "FY" + fiscalYear + "-Q" + quarter,
				Map.of(QuarterlyReportProcess.FISCAL_YEAR, fiscalYear, QuarterlyReportProcess.QUARTER, quarter));
		return toReport.stream().map(round::businessKey).toList();
	}

	public List<ReportView> reportsOf(long measureId) {
		return reports.reportsOf(measureId);
	}
}
