package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import th.go.ita.measuretracker.assessment.AssessmentResult.Discrepancy;

/**
 * An imported assessment as documents show it: only what the arithmetic gives (scores, tool points, total, grade),
 * the sub-items as imported, the target that parts strengths from weaknesses, the years before; and, apart, the
 * figures the assessment's own document states that the arithmetic does not give.
 *
 * @param subItems every sub-item (e.g. 9.5), in code order
 * @param trend the office's totals year by year, up to this year
 */
public record AssessmentAnalysis(int fiscalYear, String organisation, Map<Integer, BigDecimal> indicatorScores,
		List<SubItemScore> subItems, Map<Tool, BigDecimal> toolPoints, Map<Tool, Integer> toolWeights, BigDecimal total,
		Grade grade, boolean passed, BigDecimal target, List<Discrepancy> discrepancies, Trend trend) {

	public record SubItemScore(int indicator, String code, String name, BigDecimal score) {
	}

	/** The ITA manual's name of indicator 1-10. */
	public static String indicatorName(int number) {
		return Indicators.name(number);
	}

	/** At or above target: a strength. */
	public boolean isStrength(BigDecimal score) {
		return score.compareTo(target) >= 0;
	}
}
