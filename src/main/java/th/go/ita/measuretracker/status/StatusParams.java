package th.go.ita.measuretracker.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import th.go.ita.measuretracker.fiscal.FiscalYear;

/** The overview's query string, shared by the page, the REST API and the exports; the year defaults to this one. */
record StatusParams(Integer fiscalYear, Integer quarter, String group, MeasureState state, Integer indicator) {

	StatusFilter toFilter() {
		int year = fiscalYear != null ? fiscalYear
				: FiscalYear.containing(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Bangkok")))
					.buddhistYear();
		return new StatusFilter(year, quarter, group, state, indicator);
	}
}
