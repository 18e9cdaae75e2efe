package th.go.ita.measuretracker.fiscal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The office's time: Bangkok's zone and one clock for the whole application. The clock is the engine's, so what our
 * tables record and what the engine's timers do agree, and tests move both at once.
 */
public final class OfficeTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

	private OfficeTime() {
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public static LocalDate today() {
		return dayOf(now());
	}

	public static LocalDate dayOf(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

	/** A moment on an office day, e.g. the end of the working day a step falls due. */
	public static Date at(LocalDate day, LocalTime time) {
		return Date.from(day.atTime(time).atZone(ZONE).toInstant());
	}
}
