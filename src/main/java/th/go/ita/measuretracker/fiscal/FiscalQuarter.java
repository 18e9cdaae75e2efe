package th.go.ita.measuretracker.fiscal;

import java.time.LocalDate;

/** Quarter 1 (October–December) to 4 (July–September) of a Thai fiscal year. */
public record FiscalQuarter(FiscalYear year, int number) {

	public FiscalQuarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("fiscal quarter must be 1 to 4, got " + number);
		}
	}

	public static FiscalQuarter containing(LocalDate date) {
		int monthsIntoYear = (date.getMonthValue() + 2) % 12; // October is 0
		return new FiscalQuarter(FiscalYear.containing(date), monthsIntoYear / 3 + 1);
	}

	public LocalDate firstDay() {
		return year.firstDay().plusMonths(3L * (number - 1));
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	/** ไตรมาสที่ 3/2567 */
	public String thai() {
		return "ไตรมาสที่ " + number + "/" + year.buddhistYear();
	}

	@Override
	public String toString() {
		return "Q" + number + "/" + year.buddhistYear();
	}
}
