package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.util.List;

/** An office's ITA totals year by year, with the change from the year before. */
public record Trend(String organisation, List<Year> years) {

	/**
	 * @param difference from the year before, {@code null} for the first year known
	 * @param direction เพิ่มขึ้น, ลดลง or คงที่
	 */
	public record Year(int fiscalYear, BigDecimal total, String grade, BigDecimal difference, String direction) {
	}

	static String direction(BigDecimal difference) {
		return switch (difference.signum()) {
			case 1 -> "เพิ่มขึ้น";
			case -1 -> "ลดลง";
			default -> "คงที่";
		};
	}
}
