package th.go.ita.measuretracker.fiscal;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;

/**
 * A Thai government fiscal year, named by its Buddhist-Era year: B.E. N runs from 1 October of B.E. N-1
 * to 30 September of B.E. N.
 */
public record FiscalYear(int buddhistYear) {

	/** The Buddhist-Era years a plan, an assessment or a filter may name: far wider than any office needs. */
	public static final int FIRST = 2400;
	public static final int LAST = 2800;

	public FiscalYear {
		if (!isBuddhistEra(buddhistYear)) {
			throw new IllegalArgumentException("fiscal year must be a Buddhist-Era year (e.g. 2567), got " + buddhistYear);
		}
	}

	public static boolean isBuddhistEra(int year) {
		return year >= FIRST && year <= LAST;
	}

	public static FiscalYear of(int buddhistYear) {
		return new FiscalYear(buddhistYear);
	}

	public static FiscalYear containing(LocalDate date) {
		int beYear = ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
		return new FiscalYear(date.getMonthValue() >= 10 ? beYear + 1 : beYear);
	}

	public LocalDate firstDay() {
		return LocalDate.from(ThaiBuddhistDate.of(buddhistYear - 1, 10, 1));
	}

	public LocalDate lastDay() {
		return LocalDate.from(ThaiBuddhistDate.of(buddhistYear, 9, 30));
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public FiscalQuarter quarter(int number) {
		return new FiscalQuarter(this, number);
	}

	@Override
	public String toString() {
		return String.valueOf(buddhistYear);
	}
}
