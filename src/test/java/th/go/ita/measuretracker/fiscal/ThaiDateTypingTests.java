package th.go.ita.measuretracker.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A date as a person types it into a form: day/month/year of the Buddhist Era. */
class ThaiDateTypingTests {

	@Test
	void aBuddhistEraDateIsTheSameDayOfTheChristianEra() {
		assertThat(ThaiDates.parseTyped("31/05/2567")).isEqualTo(LocalDate.of(2024, 5, 31));
		assertThat(ThaiDates.parseTyped("1/5/2567")).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(ThaiDates.parseTyped(" 01/10/2566 ")).isEqualTo(LocalDate.of(2023, 10, 1));
	}

	@Test
	void the29thOfFebruaryExistsInLeapYearsOnly() {
		// B.E. 2567 is 2024, a leap year; B.E. 2568 is 2025
		assertThat(ThaiDates.parseTyped("29/02/2567")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThatThrownBy(() -> ThaiDates.parseTyped("29/02/2568"))
			.hasMessage("ไม่มีวันที่ 29/02/2568 ในปฏิทิน กรุณาตรวจวันและเดือน");
	}

	@ParameterizedTest
	@ValueSource(strings = { "31/04/2567", "32/01/2567", "15/13/2567", "0/5/2567" })
	void aDayTheCalendarDoesNotHaveIsRefused(String typed) {
		assertThatThrownBy(() -> ThaiDates.parseTyped(typed)).hasMessageContaining("ไม่มีวันที่ " + typed);
	}

	@Test
	void aChristianEraYearIsRefusedAndTheMessageSaysToUseTheBuddhistEra() {
		assertThatThrownBy(() -> ThaiDates.parseTyped("31/05/2024"))
			.hasMessage("ปี 2024 เป็นปี ค.ศ. กรุณาพิมพ์ปี พ.ศ. เช่น 31/05/2567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "เมื่อวาน", "2567-05-31", "31-05-2567", "31/05/67", "31/05/2567 10:00", "" })
	void textThatIsNoDayMonthYearIsRefusedWithTheFormToUse(String typed) {
		assertThatThrownBy(() -> ThaiDates.parseTyped(typed))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ไม่ใช่วันที่ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 31/05/2567");
	}

	@Test
	void anEnglishReaderIsToldInEnglish() {
		LocaleContextHolder.setLocale(Wording.ENGLISH);
		try {
			assertThatThrownBy(() -> ThaiDates.parseTyped("31/05/2024"))
				.hasMessage("2024 is a year of the Christian Era: type the Buddhist-Era year, e.g. 31/05/2567");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
