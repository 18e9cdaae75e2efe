package th.go.ita.measuretracker.fiscal;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** 31/05/2567: a date as a person types it, day/month/B.E. year. */
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
			.withChronology(ThaiBuddhistChronology.INSTANCE)
			.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern TYPED_SHAPE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

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

	/**
	 * Reads a date as a person types it: day/month/B.E. year, such as {@code 31/05/2567} or {@code 1/5/2567}.
	 * @throws IllegalArgumentException with a Thai message fit to show the person who typed it: not a date, a year
	 *         of the Christian Era (ค.ศ.) instead of the Buddhist Era (พ.ศ.), or a day the calendar does not have
	 */
	public static LocalDate parseTyped(String text) {
		String trimmed = text.strip();
		Matcher shape = TYPED_SHAPE.matcher(trimmed);
		if (!shape.matches()) {
			throw new IllegalArgumentException(
					"\"" + trimmed + "\" ไม่ใช่วันที่ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 31/05/2567");
		}
		int year = Integer.parseInt(shape.group(3));
		if (year < FiscalYear.FIRST) {
			long buddhistYear = ThaiBuddhistDate.from(LocalDate.of(year, 6, 1)).getLong(ChronoField.YEAR);
			throw new IllegalArgumentException("ปี " + year + " เป็นปี ค.ศ. กรุณาพิมพ์ปี พ.ศ. เช่น "
					+ shape.group(1) + "/" + shape.group(2) + "/" + buddhistYear);
		}
		try {
			return LocalDate.from(TYPED.parse(trimmed));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("ไม่มีวันที่ " + trimmed + " ในปฏิทิน กรุณาตรวจวันและเดือน");
		}
	}
}
