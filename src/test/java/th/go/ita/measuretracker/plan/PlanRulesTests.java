package th.go.ita.measuretracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.support.SeedScenario;

/**
 * The plan rules without the app: what a plan file may say, each mistake at its line and field. The same files
 * through the API, with nothing stored, are BadPlanCorpusTests.
 */
class PlanRulesTests {

	static final Map<String, String> KNOWN_GROUPS = Map.of("directorate", "กลุ่มอำนวยการ");

	final PlanYamlReader reader = new PlanYamlReader();
	final PlanValidator validator = new PlanValidator();

	@Test
	void theSeedPlanHasNoMistakeAndNamesItsGroupByName() {
		List<FileError> errors = check(SeedScenario.seedPlan());

		assertThat(errors).isEmpty();
	}

	@Test
	void aStepDueAfterItsMeasureAnUnknownGroupAndADeadlineOutsideTheYearAreEachFoundAtTheirLine() {
		List<FileError> errors = check("""
				fiscalYear: 2567
				organisation: สำนักงานทดสอบกฎ
				measures:
				  - code: M1
				    title: มาตรการทดสอบ
				    indicators: [9]
				    responsibleGroup: nobody
				    deadline: 2568-01-31
				    reportingQuarters: [3]
				    steps:
				      - text: ขั้นเดียว
				        due: 2568-02-28
				""");

		assertThat(errors).extracting(FileError::line, FileError::field)
			.contains(tuple(7, "measures[1].responsibleGroup"), tuple(8, "measures[1].deadline"),
					tuple(12, "measures[1].steps[1].due"));
	}

	private List<FileError> check(String yaml) {
		PlanYamlReader.Reading reading = reader.read(yaml);
		List<FileError> errors = new ArrayList<>(reading.errors());
		if (reading.document() != null) {
			validator.validate(reading.document(), KNOWN_GROUPS, errors);
		}
		return errors;
	}
}
