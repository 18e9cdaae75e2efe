package th.go.ita.measuretracker.report;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.FiscalQuarter;
import th.go.ita.measuretracker.fiscal.OfficeTime;

/** The round's timer fires just after midnight on a quarter's first day: the quarter to report is the one before. */
@Component("determineEndedQuarter")
class DetermineEndedQuarter implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		FiscalQuarter ended = FiscalQuarter.containing(
				OfficeTime.today().minusDays(1));
		execution.setVariable(QuarterlyReportProcess.FISCAL_YEAR, ended.year().buddhistYear());
		execution.setVariable(QuarterlyReportProcess.QUARTER, ended.number());
	}
}
