package th.go.ita.measuretracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "100.00, AA, true", "95.00, AA, true", "94.99, A, true", "85.00, A, true", "84.99, B, false",
			"75.00, B, false", "74.99, C, false", "65.00, C, false", "64.99, D, false", "55.00, D, false",
			"54.99, E, false", "50.00, E, false", "49.99, F, false", "0.00, F, false" })
	void everyBoundaryOfTheOfficialScale(BigDecimal score, Grade grade, boolean passes) {
		assertThat(Grade.of(score)).isEqualTo(grade);
		assertThat(Grade.passes(score)).isEqualTo(passes);
	}

	@Test
	void theGradeIsReadOffTheTotalRoundedAsItIsPublished() {
		BigDecimal exact = new BigDecimal("94.995");

		assertThat(AssessmentCalculator.round(exact)).isEqualByComparingTo("95.00");
		assertThat(Grade.of(AssessmentCalculator.round(exact))).isEqualTo(Grade.AA);
	}
}
