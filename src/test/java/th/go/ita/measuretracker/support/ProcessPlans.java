package th.go.ita.measuretracker.support;

import java.time.LocalDateTime;

/** Plans the process tests import: small, with dates the engine clock walks through. */
public final class ProcessPlans {

	/** One step for กลุ่มอำนวยการ (directorate), due 31 May 2024 (2567-05-31) at 16:30. */
	public static final String ONE_STEP = """
			fiscalYear: 2567
			organisation: สำนักงานทดสอบกระบวนงาน
			measures:
			  - code: P1
			    title: มาตรการทดสอบกระบวนงานขั้นตอนเดียว
			    indicators: [9]
			    responsibleGroup: directorate
			    deadline: 2567-05-31
			    reportingQuarters: [3]
			    steps:
			      - text: เผยแพร่ช่องทางร้องเรียนบนเว็บไซต์
			""";

	public static final String ONE_STEP_KEY = "FY2567-P1";

	/** When the process tests import their plans: before every reminder of a step due at the end of May 2024. */
	public static final LocalDateTime IMPORTED_AT = LocalDateTime.of(2024, 4, 1, 9, 0);

	private ProcessPlans() {
	}
}
