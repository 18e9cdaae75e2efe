package th.go.ita.measuretracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV export's one rule for a cell: quoted, quotes doubled, and never a formula Excel would run. */
class CsvLineTests {

	@Test
	void everyCellIsQuotedWithQuotesDoubled() {
		assertThat(StatusExports.csvLine(List.of("FY2567-M1", "มาตรการ \"ก\"", "", "a,b\nc")))
			.isEqualTo("\"FY2567-M1\",\"มาตรการ \"\"ก\"\"\",\"\",\"a,b\nc\"\r\n");
	}

	@Test
	void aCellThatWouldRunAsAFormulaIsKeptAsText() {
		assertThat(StatusExports.csvLine(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "1-2")))
			.isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"1-2\"\r\n");
	}
}
