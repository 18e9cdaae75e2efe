package th.go.ita.measuretracker.document;

import java.util.List;

/**
 * The head of office's signature block. It names the position, never a person: the documents are published, and
 * who approved them, and when, is recorded with the approved version and on the publication form.
 */
final class DocumentSignOff {

	private DocumentSignOff() {
	}

	static DocumentContent.SignOff of(String organisation) {
		return new DocumentContent.SignOff(List.of("ลงชื่อ ........................................ ผู้อนุมัติ",
				"(........................................)", headOf(organisation),
				"วันที่ ........ เดือน .................... พ.ศ. ........"));
	}

	/** ผู้อำนวยการสำนักงาน… for an office (สำนักงาน…), else หัวหน้า… */
	static String headOf(String organisation) {
		return (organisation.startsWith("สำนักงาน") ? "ผู้อำนวยการ" : "หัวหน้า") + organisation;
	}
}
