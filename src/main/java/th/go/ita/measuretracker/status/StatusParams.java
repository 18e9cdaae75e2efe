package th.go.ita.measuretracker.status;

import java.util.function.IntSupplier;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The overview's query string, shared by the page, the REST API and the exports. Each filter is its own optional
 * query parameter (the API documents them one by one: @ParameterObject).
 */
record StatusParams(
		@Parameter(description = "fiscal year, Buddhist Era, e.g. 2567 (default: the latest year with measures the "
				+ "caller may see; the current one when there are none)") Integer fiscalYear,
		@Parameter(description = "only measures that report in this fiscal quarter, 1–4") Integer quarter,
		@Parameter(description = "only measures of this responsible group (its id)") String group,
		@Parameter(description = "only measures in this state") MeasureState state,
		@Parameter(description = "only measures for this ITA indicator, 1–10") Integer indicator) {

	/** @param defaultYear asked only when no year is given */
	StatusFilter toFilter(IntSupplier defaultYear) {
		return new StatusFilter(fiscalYear != null ? fiscalYear : defaultYear.getAsInt(), quarter, group, state,
				indicator);
	}
}
