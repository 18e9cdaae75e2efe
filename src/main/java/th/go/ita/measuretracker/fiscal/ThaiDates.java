package th.go.ita.measuretracker.fiscal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for every date a person reads (pages, mails, exports, error messages): in Thai the Buddhist Era
 * through {@link ThaiBuddhistChronology}, "31 พ.ค. 2567" and "31 พ.ค. 2567 14:30 น."; in English the Christian Era,
 * "31 May 2024" and "31 May 2024 14:30". Times are the office's (Bangkok). Published documents spell the month out
 * ({@link #longDate}); plan files write B.E. dates as ISO ({@link #isoBuddhist}).
 */
public final class ThaiDates {

	private static final Formats THAI = new Formats(Wording.THAI, ThaiBuddhistChronology.INSTANCE,
			"d MMM yyyy", "d MMM yyyy HH:mm 'น.'", "MMM yy");
	private static final Formats ENGLISH = new Formats(Wording.ENGLISH, IsoChronology.INSTANCE,
			"d MMM yyyy", "d MMM yyyy HH:mm", "MMM ''yy");

	/** 31 พฤษภาคม 2567: the month spelled out, as a Thai official document writes a date. */
	private static final DateTimeFormatter FORMAL = DateTimeFormatter.ofPattern("d MMMM yyyy", Wording.THAI)
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

	/** 31 พฤษภาคม 2567: a date in a document the office publishes (document/), always Thai. */
	public static String longDate(LocalDate date) {
		return date == null ? "" : FORMAL.format(date);
	}

	/** 31 พ.ค. 2567, or 31 May 2024 in English. */
	public static String date(LocalDate date, Locale locale) {
		return date == null ? "" : formats(locale).date.format(date);
	}

	/** 31 พ.ค. 2567 14:30 น., or 31 May 2024 14:30 in English; the moment as the office's clock shows it. */
	public static String dateTime(Instant moment, Locale locale) {
		return moment == null ? "" : dateTime(moment.atZone(OfficeTime.ZONE).toLocalDateTime(), locale);
	}

	public static String dateTime(LocalDateTime officeTime, Locale locale) {
		return officeTime == null ? "" : formats(locale).dateTime.format(officeTime);
	}

	/** พ.ค. 67, or May '24 in English: a month under a chart's bar. */
	public static String month(LocalDate anyDayOfIt, Locale locale) {
		return formats(locale).month.format(anyDayOfIt);
	}

	/**
	 * Any date or moment as the rule writes it; other values unchanged. Message arguments go through here, so
	 * {@code {1}} in a message bundle is a readable date whatever the code passes.
	 */
	public static Object readable(Object value, Locale locale) {
		if (value instanceof LocalDate date) {
			return date(date, locale);
		}
		if (value instanceof LocalDateTime time) {
			return dateTime(time, locale);
		}
		if (value instanceof OffsetDateTime time) {
			return dateTime(time.toInstant(), locale);
		}
		if (value instanceof ZonedDateTime time) {
			return dateTime(time.toInstant(), locale);
		}
		if (value instanceof Instant moment) {
			return dateTime(moment, locale);
		}
		return value;
	}

	public static String isoBuddhist(LocalDate date) {
		return ISO_BE.format(ThaiBuddhistDate.from(date));
	}

	/**
	 * Reads a B.E. date such as {@code 2567-05-31}.
	 * @throws IllegalArgumentException with a message fit to show the person who wrote it, in their language
	 */
	public static LocalDate parseIsoBuddhist(String text) {
		String trimmed = text.trim();
		try {
			LocalDate date = LocalDate.from(ISO_BE.parse(trimmed));
			if (ThaiBuddhistDate.from(date).getLong(ChronoField.YEAR) < FiscalYear.FIRST) {
				throw new IllegalArgumentException(Wording.of("date.christianEra", trimmed));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(Wording.of("date.notBuddhistIso", trimmed));
		}
	}

	private static Formats formats(Locale locale) {
		return Wording.ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : THAI;
	}

	private record Formats(DateTimeFormatter date, DateTimeFormatter dateTime, DateTimeFormatter month) {

		Formats(Locale locale, Chronology chronology, String date, String dateTime, String month) {
			this(of(date, locale, chronology), of(dateTime, locale, chronology), of(month, locale, chronology));
		}

		private static DateTimeFormatter of(String pattern, Locale locale, Chronology chronology) {
			return DateTimeFormatter.ofPattern(pattern, locale).withChronology(chronology);
		}
	}

	/**
	 * Reads a date as a person types it: day/month/B.E. year, such as {@code 31/05/2567} or {@code 1/5/2567}.
	 * @throws IllegalArgumentException with a message in the reader's language fit to show the person who typed it: not a date, a year
	 *         of the Christian Era (ค.ศ.) instead of the Buddhist Era (พ.ศ.), or a day the calendar does not have
	 */
	public static LocalDate parseTyped(String text) {
		String trimmed = text.strip();
		Matcher shape = TYPED_SHAPE.matcher(trimmed);
		if (!shape.matches()) {
			throw new IllegalArgumentException(Wording.of("date.typed.notADate", trimmed));
		}
		int year = Integer.parseInt(shape.group(3));
		if (year < FiscalYear.FIRST) {
			long buddhistYear = ThaiBuddhistDate.from(LocalDate.of(year, 6, 1)).getLong(ChronoField.YEAR);
			throw new IllegalArgumentException(Wording.of("date.typed.christianEra", String.valueOf(year),
					shape.group(1) + "/" + shape.group(2) + "/" + buddhistYear));
		}
		try {
			return LocalDate.from(TYPED.parse(trimmed));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(Wording.of("date.typed.noSuchDay", trimmed));
		}
	}
}
