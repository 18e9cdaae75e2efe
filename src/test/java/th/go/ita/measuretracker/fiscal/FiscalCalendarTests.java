package th.go.ita.measuretracker.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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

	@Test
	void buddhistEraDatesAreWrittenTheThaiWay() {
		assertThat(ThaiDates.longDate(LocalDate.of(2024, 5, 31))).isEqualTo("31 พฤษภาคม 2567");
		assertThat(ThaiDates.isoBuddhist(LocalDate.of(2024, 2, 29))).isEqualTo("2567-02-29");
		assertThat(ThaiDates.parseIsoBuddhist("2567-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void impossibleOrChristianEraDatesAreRefusedWithAClearMessage() {
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("2568-02-29")).hasMessageContaining("not a B.E. date");
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("2024-05-31")).hasMessageContaining("Christian-era");
		assertThatThrownBy(() -> ThaiDates.parseIsoBuddhist("31/05/2567")).hasMessageContaining("YYYY-MM-DD");
		assertThatThrownBy(() -> FiscalYear.of(2024)).hasMessageContaining("Buddhist-Era");
		assertThatThrownBy(() -> FiscalYear.of(2567).quarter(5)).hasMessageContaining("1 to 4");
	}
}
