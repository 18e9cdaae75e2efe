package th.go.ita.measuretracker.report;

import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.FiscalYear;

/** Opens a reporting round by hand, for plans imported after their quarter ended. */
@Service
@RequiredArgsConstructor
public class ReportRounds {

	private final RuntimeService runtime;
	private final ReportRound round;
	private final ReportRepository reports;

	/** @return the business keys of the measures that got a report task */
	@Transactional
	public List<String> open(int fiscalYear, int quarter) {
		FiscalYear.of(fiscalYear).quarter(quarter); // rejects a year or quarter that does not exist
		// the round decides which measures report (quarterly-report-round.bpmn); we only tell who got a report
		Set<Long> before = reports.measuresWithReport(fiscalYear, quarter);
		runtime.startProcessInstanceByMessage(QuarterlyReportProcess.MESSAGE_ROUND_REQUESTED, "FY" + fiscalYear + "-Q" + quarter,
				Map.of(QuarterlyReportProcess.FISCAL_YEAR, fiscalYear, QuarterlyReportProcess.QUARTER, quarter));
		return reports.measuresWithReport(fiscalYear, quarter).stream()
			.filter(measureId -> !before.contains(measureId))
			.sorted()
			.map(round::businessKey)
			.toList();
	}

	public List<ReportView> reportsOf(long measureId) {
		return reports.reportsOf(measureId);
	}
}
