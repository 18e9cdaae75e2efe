package th.go.ita.measuretracker.document;

/**
 * The documents the OIT asks an office to publish. Its items are numbered differently from one structure to the
 * next: the measures are O42 in the 2564-2566 criteria and O36 in the 2568 structure, what was done under them
 * O43 and O37.
 */
public enum DocumentKind {

	MEASURES("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "O36", "O42"),
	REPORT_6_MONTHS("รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ 6 เดือน", "O37", "O43"),
	REPORT_YEAR_END("รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ 12 เดือน", "O37", "O43");

	final String title;
	/** The OIT item in the 2568 structure. */
	final String item2568;
	/** The OIT item in the 2564-2566 criteria. */
	final String item2566;

	DocumentKind(String title, String item2568, String item2566) {
		this.title = title;
		this.item2568 = item2568;
		this.item2566 = item2566;
	}

	String oitItems() {
		return item2568 + " ตามโครงสร้างปี 2568 (" + item2566 + " ตามเกณฑ์ปี 2564–2566)";
	}
}
