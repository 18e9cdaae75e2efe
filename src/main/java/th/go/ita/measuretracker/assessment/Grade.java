package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;

/** The official ITA scale; a score passes at 85 (grade A or better). */
public enum Grade {
	AA("95"), A("85"), B("75"), C("65"), D("55"), E("50"), F("0");

	static final BigDecimal PASS = new BigDecimal("85");

	private final BigDecimal from;

	Grade(String from) {
		this.from = new BigDecimal(from);
	}

	/** @param score a total already rounded to two decimals, as it is published */
	public static Grade of(BigDecimal score) {
		for (Grade grade : values()) {
			if (score.compareTo(grade.from) >= 0) {
				return grade;
			}
		}
		return F;
	}

	public static boolean passes(BigDecimal score) {
		return score.compareTo(PASS) >= 0;
	}
}
