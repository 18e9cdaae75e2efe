package th.go.ita.measuretracker.assessment;

import java.util.Map;

/** The names of the ten ITA indicators (ตัวชี้วัด), as the assessment manual gives them. */
final class Indicators {

	static final Map<Integer, String> THAI_NAMES = Map.of(1, "การปฏิบัติหน้าที่", 2, "การใช้งบประมาณ", 3, "การใช้อำนาจ", 4,
			"การใช้ทรัพย์สินของราชการ", 5, "การแก้ไขปัญหาการทุจริต", 6, "คุณภาพการดำเนินงาน", 7, "ประสิทธิภาพการสื่อสาร", 8,
			"การปรับปรุงระบบการทำงาน", 9, "การเปิดเผยข้อมูล", 10, "การป้องกันการทุจริต");

	private Indicators() {
	}

	static String name(int number) {
		return THAI_NAMES.get(number);
	}
}
