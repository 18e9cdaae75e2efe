package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;

/**
 * A plan file for next year with one measure per indicator below target, in the format of plans/README.md. What
 * only a person can decide — the responsible group, the deadline, the quarters and the steps — is left empty, so
 * that importing it unchanged fails and says what to fill in.
 */
final class DraftPlan {

	private DraftPlan() {
	}

	static String yaml(AssessmentResult result, BigDecimal target) {
		int planYear = result.fiscalYear() + 1;
		StringBuilder yaml = new StringBuilder()
			.append("# ร่างมาตรการจากผลการประเมิน ITA ปีงบประมาณ ").append(result.fiscalYear())
			.append(" (draft measures from the ").append(result.fiscalYear()).append(" assessment)\n")
			.append("# กรุณากรอกผู้รับผิดชอบ กำหนดแล้วเสร็จ (พ.ศ. YYYY-MM-DD) ไตรมาสที่รายงาน และขั้นตอน แล้วเลือก \"นำเข้า\"\n")
			.append("fiscalYear: ").append(planYear).append('\n')
			.append("organisation: ").append(quoted(result.organisation())).append('\n')
			.append("measures:\n");
		for (int indicator : result.weakIndicators()) {
			yaml.append("  - code: I").append(indicator).append('\n')
				.append("    title: ").append(quoted("มาตรการยกระดับตัวชี้วัดที่ " + indicator + " " + Indicators.name(indicator)))
				.append('\n')
				.append("    description: ").append(quoted("คะแนนปีงบประมาณ " + result.fiscalYear() + " = "
						+ result.indicatorScores().get(indicator).toPlainString() + " ต่ำกว่าเป้าหมาย " + target.toPlainString()))
				.append('\n')
				.append("    indicators: [").append(indicator).append("]\n")
				.append("    responsibleGroup:\n")
				.append("    deadline:\n")
				.append("    reportingQuarters: []\n")
				.append("    steps:\n")
				.append("      - text:\n");
		}
		return yaml.toString();
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
