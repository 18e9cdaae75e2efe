package th.go.ita.measuretracker.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.ThaiBuddhistDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FiscalCalendarTests {

	@Test
	void fiscalYear2567RunsFromOctober2023ToSeptember2024() {
		FiscalYear fy = FiscalYear.of(2567);

		assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2023, 10, 1));
		assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2024, 9, 30));
	}

	@ParameterizedTest
	@CsvSource({ "2023-09-30, 2566, 4", "2023-10-01, 2567, 1", "2023-12-31, 2567, 1", "2024-01-01, 2567, 2",
			"2024-02-29, 2567, 2", "2024-03-31, 2567, 2", "2024-04-01, 2567, 3", "2024-06-30, 2567, 3",
			"2024-07-01, 2567, 4", "2024-09-30, 2567, 4", "2024-10-01, 2568, 1" })
	void eachDayBelongsToOneYearAndQuarter(LocalDate day, int year, int quarter) {
		FiscalQuarter q = FiscalQuarter.containing(day);

		assertThat(q.year().buddhistYear()).isEqualTo(year);
		assertThat(q.number()).isEqualTo(quarter);
		assertThat(FiscalYear.of(year).contains(day)).isTrue();
		assertThat(day).isBetween(q.firstDay(), q.lastDay());
	}

	@Test
	void quarterBoundariesIncludeTheLeapDay() {
		FiscalQuarter q2 = FiscalYear.of(2567).quarter(2);

		assertThat(q2.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(q2.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(FiscalYear.of(2568).quarter(2).lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(FiscalYear.of(2567).quarter(3).thai()).isEqualTo("ไตรมาสที่ 3/2567");
	}

	@AfterEach
	void noReaderLeftBehind() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aDateReadsTheThaiWayInThaiAndTheEnglishWayInEnglish() {
		LocalDate may31 = LocalDate.of(2024, 5, 31);

		assertThat(ThaiDates.date(may31, Wording.THAI)).isEqualTo("31 พ.ค. 2567");
		assertThat(ThaiDates.date(may31, Wording.ENGLISH)).isEqualTo("31 May 2024");
		// the office's clock: 07:30 UTC is 14:30 in Bangkok
		assertThat(ThaiDates.dateTime(Instant.parse("2024-05-31T07:30:00Z"), Wording.THAI)).isEqualTo("31 พ.ค. 2567 14:30 น.");
		assertThat(ThaiDates.dateTime(Instant.parse("2024-05-31T07:30:00Z"), Wording.ENGLISH)).isEqualTo("31 May 2024 14:30");
		assertThat(ThaiDates.readable(OffsetDateTime.parse("2024-10-01T08:05:00+07:00"), Wording.THAI))
			.isEqualTo("1 ต.ค. 2567 08:05 น.");
		assertThat(ThaiDates.month(LocalDate.of(2023, 10, 1), Wording.THAI)).isEqualTo("ต.ค. 66");
		assertThat(ThaiDates.month(LocalDate.of(2023, 10, 1), Wording.ENGLISH)).isEqualTo("Oct '23");
		// through the Thai Buddhist calendar, the leap day included
		assertThat(ThaiDates.date(LocalDate.from(ThaiBuddhistDate.of(2567, 2, 29)), Wording.THAI)).isEqualTo("29 ก.พ. 2567");
	}

	@Test
	void aDateInAMessageIsWrittenByTheSameRule() {
		assertThat(Wording.in(Wording.THAI, "plan.dueAfterDeadline", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 31)))
			.isEqualTo("1 มิ.ย. 2567 อยู่หลังกำหนดแล้วเสร็จของมาตรการ 31 พ.ค. 2567");
		assertThat(Wording.in(Wording.ENGLISH, "plan.dueAfterDeadline", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 31)))
			.isEqualTo("1 Jun 2024 is after the measure's deadline 31 May 2024");
	}

	@Test
	void planFilesWriteBuddhistEraDatesAsIso() {
		assertThat(ThaiDates.isoBuddhist(LocalDate.of(2024, 2, 29))).isEqualTo("2567-02-29");
		assertThat(ThaiDates.parseIsoBuddhist("2567-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void impossibleOrChristianEraDatesAreRefusedWithAClearMessageInTheReadersLanguage() {
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("2568-02-29")).hasMessageContaining("ไม่ใช่วันที่ พ.ศ.");
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("2024-05-31")).hasMessageContaining("เป็นปี ค.ศ.");
		assertThatThrownBy(() -> FiscalYear.of(2024)).hasMessageContaining("Buddhist-Era");
		assertThatThrownBy(() -> FiscalYear.of(2567).quarter(5)).hasMessageContaining("1 to 4");

		LocaleContextHolder.setLocale(Wording.ENGLISH);
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("2568-02-29")).hasMessageContaining("not a B.E. date");
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("2024-05-31")).hasMessageContaining("Christian-era");
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("31/05/2567")).hasMessageContaining("YYYY-MM-DD");
	}

	@Test
	void aReaderWhoChoseNoLanguageOrAnotherReadsThai() {
		assertThat(Wording.of("login.submit")).isEqualTo("เข้าสู่ระบบ");
		LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
		assertThat(Wording.of("login.submit")).isEqualTo("เข้าสู่ระบบ");
		LocaleContextHolder.setLocale(java.util.Locale.US);
		assertThat(Wording.of("login.submit")).isEqualTo("Log in");
	}
}
