package th.go.ita.measuretracker.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.document.DocumentContent.Cell;
import th.go.ita.measuretracker.document.DocumentContent.Line;
import th.go.ita.measuretracker.document.DocumentContent.Row;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.ThaiDates;

/**
 * The publication form (แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน) the OIT asks for with each
 * published item: the office, the date, the item, what is published (the approved version and its files' SHA-256),
 * the public link, who gave the information and who approved it. It names people, so it stays behind the login.
 */
@Component
@RequiredArgsConstructor
class PublicationForm {

	static final String TITLE = "แบบฟอร์มการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน";

	private final IdentityService identity;
	private final DocumentSettings settings;

	DocumentContent content(DocumentVersion document, DocumentKind kind) {
		LocalDate approved = OfficeTime.dayOf(document.decidedAt().toInstant());
		String link = document.officeCode() == null ? "(แผนนี้ยังไม่มีรหัสหน่วยงาน officeCode: นำเข้าแผนอีกครั้งพร้อมรหัส)"
				: settings.publicPage(document.officeCode(), document.fiscalYear());
		List<Row> rows = new ArrayList<>();
		rows.add(row("ชื่อหน่วยงาน", document.organisation()));
		rows.add(row("วัน/เดือน/ปี", ThaiDates.longDate(approved)));
		rows.add(row("หัวข้อ", kind.title + " ประจำปีงบประมาณ พ.ศ. " + document.fiscalYear() + " (ข้อ " + kind.oitItems() + ")"));
		rows.add(Row.of(Cell.text("รายละเอียดข้อมูล (โดยสรุปหรือเอกสารแนบ)"), Cell.lines(List.of(
				Line.of(document.title() + " ฉบับที่ " + document.version()),
				Line.of("ไฟล์ PDF SHA-256: " + document.pdfSha256()), Line.of("ไฟล์ DOCX SHA-256: " + document.docxSha256())))));
		rows.add(Row.of(Cell.text("Link ภายนอก"), Cell.lines(List.of(new Line(link, link.startsWith("http") ? link : null)))));
		rows.add(row("หมายเหตุ", "-"));
		return new DocumentContent(TITLE, List.of(new DocumentContent.Heading(1, TITLE),
				new DocumentContent.Table(List.of(32, 68), List.of("รายการ", "ข้อมูล"), rows),
				signature("ผู้รับผิดชอบการให้ข้อมูล", document.preparedBy(), null, OfficeTime.dayOf(document.preparedAt().toInstant())),
				signature("ผู้อนุมัติรับรอง", document.decidedBy(), DocumentSignOff.headOf(document.organisation()), approved),
				signature("ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่", null, null, null)));
	}

	private DocumentContent.SignOff signature(String role, String userId, String position, LocalDate day) {
		return new DocumentContent.SignOff(List.of(role, "(" + (userId == null ? "........................................" : name(userId)) + ")",
				"ตำแหน่ง " + (position == null ? "........................................" : position),
				"วันที่ " + (day == null ? "........................................" : ThaiDates.longDate(day))));
	}

	private String name(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? userId : name;
	}

	private static Row row(String label, String value) {
		return Row.of(Cell.text(label), Cell.text(value));
	}
}
