package th.go.ita.measuretracker.document;

import java.time.LocalDate;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.ThaiDates;

/**
 * The round an implementation report covers: 6 months (1 October to 31 March, quarters 1-2) or the whole fiscal
 * year (to 30 September, quarters 1-4).
 */
record ReportPeriod(DocumentKind kind, LocalDate start, LocalDate end, int lastQuarter) {

	static ReportPeriod of(DocumentKind kind, int fiscalYear) {
		FiscalYear year = FiscalYear.of(fiscalYear);
		if (kind == DocumentKind.REPORT_6_MONTHS) {
			return new ReportPeriod(kind, year.firstDay(), year.quarter(2).lastDay(), 2);
		}
		if (kind == DocumentKind.REPORT_YEAR_END) {
			return new ReportPeriod(kind, year.firstDay(), year.lastDay(), 4);
		}
		throw new IllegalArgumentException(kind + " covers no period");
	}

	boolean contains(LocalDate date) {
		return date != null && !date.isBefore(start) && !date.isAfter(end);
	}

	/** 1 ตุลาคม 2566 – 31 มีนาคม 2567, as the report's heading says it. */
	String thai() {
		return ThaiDates.longDate(start) + " – " + ThaiDates.longDate(end);
	}
}
