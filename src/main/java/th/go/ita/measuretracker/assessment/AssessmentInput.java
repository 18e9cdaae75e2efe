package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.util.List;

/** An assessment file as read: the scores it gives, and the figures it states elsewhere to check them against. */
record AssessmentInput(int fiscalYear, String organisation, List<IndicatorScore> indicators, List<Statement> statements,
		List<PastYear> history) {

	/** @param score as given; {@code null} when only sub-items are given */
	record IndicatorScore(int number, BigDecimal score, List<SubItem> subItems) {
	}

	record SubItem(String code, String name, BigDecimal score) {
	}

	/**
	 * A figure the document states, e.g. {@code indicator 7 = 99.91} in its ranking table.
	 * @param field {@code indicator N}, {@code IIT}, {@code EIT}, {@code OIT}, {@code total} or {@code grade}
	 */
	record Statement(String field, String value, String source) {
	}

	/** A row of the document's table of earlier years. */
	record PastYear(int fiscalYear, BigDecimal score, BigDecimal statedDifference, String statedDirection) {
	}
}
