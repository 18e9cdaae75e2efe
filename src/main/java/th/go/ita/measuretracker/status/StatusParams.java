package th.go.ita.measuretracker.status;


import io.swagger.v3.oas.annotations.Parameter;


import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.OfficeTime;

/**
 * The overview's query string, shared by the page, the REST API and the exports; the year defaults to this one.
 * Each filter is its own optional query parameter (the API documents them one by one: @ParameterObject).
 */
record StatusParams(
		@Parameter(description = "fiscal year, Buddhist Era, e.g. 2567 (default: the current one)") Integer fiscalYear,
		@Parameter(description = "only measures that report in this fiscal quarter, 1–4") Integer quarter,
		@Parameter(description = "only measures of this responsible group (its id)") String group,
		@Parameter(description = "only measures in this state") MeasureState state,
		@Parameter(description = "only measures for this ITA indicator, 1–10") Integer indicator) {

	StatusFilter toFilter() {
		int year = fiscalYear != null ? fiscalYear
				: FiscalYear.containing(OfficeTime.today())
					.buddhistYear();
		return new StatusFilter(year, quarter, group, state, indicator);
	}
}
