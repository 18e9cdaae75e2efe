package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the arithmetic gives, each figure rounded to two decimals for display only: every sum and mean behind it
 * was computed exactly.
 */
public record AssessmentResult(int fiscalYear, String organisation, Map<Integer, BigDecimal> indicatorScores,
		Map<Tool, BigDecimal> toolPoints, BigDecimal total, Grade grade, boolean passed, List<Integer> weakIndicators,
		List<Discrepancy> discrepancies) {

	/** A figure the document states that the computation does not reproduce. */
	public record Discrepancy(String field, String source, String stated, String computed) {
	}
}
