package th.go.ita.measuretracker.status;

import th.go.ita.measuretracker.fiscal.FiscalYear;

/**
 * What the overview, its REST twin and its exports show: one fiscal year, and optionally one reporting quarter,
 * group, state or ITA indicator.
 */
public record StatusFilter(int fiscalYear, Integer quarter, String group, MeasureState state, Integer indicator) {

	public StatusFilter {
		if (!FiscalYear.isBuddhistEra(fiscalYear)) {
			throw new IllegalArgumentException("fiscalYear must be a Buddhist-Era year such as 2567");
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new IllegalArgumentException("quarter must be 1 to 4");
		}
		if (indicator != null && (indicator < 1 || indicator > 10)) {
			throw new IllegalArgumentException("indicator must be 1 to 10");
		}
		group = group == null || group.isBlank() ? null : group;
	}
}
