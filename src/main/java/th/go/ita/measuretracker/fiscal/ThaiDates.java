package th.go.ita.measuretracker.fiscal;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Buddhist-Era dates as Thai readers write them, through {@link ThaiBuddhistDate}. */
public final class ThaiDates {

	private static final Locale THAI = Locale.forLanguageTag("th-TH");

	/** 31 พฤษภาคม 2567 */
	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", THAI)
			.withChronology(ThaiBuddhistChronology.INSTANCE);

	/** 2567-05-31: the form plan files use. */
	private static final DateTimeFormatter ISO_BE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
			.withChronology(ThaiBuddhistChronology.INSTANCE)
			.withResolverStyle(ResolverStyle.STRICT);

	private ThaiDates() {
	}

	public static String longDate(LocalDate date) {
		return LONG.format(date);
	}

	public static String isoBuddhist(LocalDate date) {
		return ISO_BE.format(ThaiBuddhistDate.from(date));
	}

	/**
	 * Reads a B.E. date such as {@code 2567-05-31}.
	 * @throws IllegalArgumentException with a message fit to show the person who wrote it
	 */
	public static LocalDate parseIsoBuddhist(String text) {
		String trimmed = text.trim();
		try {
			LocalDate date = LocalDate.from(ISO_BE.parse(trimmed));
			if (ThaiBuddhistDate.from(date).getLong(java.time.temporal.ChronoField.YEAR) < FiscalYear.FIRST) {
				throw new IllegalArgumentException("'" + trimmed
						+ "' looks like a Christian-era year; write the Buddhist-Era year (ปี พ.ศ.), e.g. 2567-05-31");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a B.E. date of the form YYYY-MM-DD (e.g. 2567-05-31)");
		}
	}
}
