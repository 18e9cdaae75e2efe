package th.go.ita.measuretracker.status;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.Wording;

/**
 * What the overview, its REST twin and its exports show: one fiscal year, and optionally one reporting quarter,
 * group, state or ITA indicator.
 */
public record StatusFilter(int fiscalYear, Integer quarter, String group, MeasureState state, Integer indicator) {

	public StatusFilter {
		if (!FiscalYear.isBuddhistEra(fiscalYear)) {
			throw new IllegalArgumentException(Wording.of("status.filter.badYear"));
		}
		if (quarter != null && (quarter < 1 || quarter > 4)) {
			throw new IllegalArgumentException(Wording.of("status.filter.badQuarter"));
		}
		if (indicator != null && (indicator < 1 || indicator > 10)) {
			throw new IllegalArgumentException(Wording.of("status.filter.badIndicator"));
		}
		group = group == null || group.isBlank() ? null : group;
	}
}
