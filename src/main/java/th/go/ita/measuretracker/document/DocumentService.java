package th.go.ita.measuretracker.document;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.OfficeTime;

/**
 * Prepares a document from the tracked work as it is now and opens its approval by the head of office; lists and
 * gives out the versions. The files are made before the transaction (Chromium takes a second), then stored with
 * their hashes and the approval started together.
 */
@Service
@RequiredArgsConstructor
public class DocumentService {

	private final OfficePlans plans;
	private final MeasuresDocument measures;
	private final ImplementationReport reports;
	private final DocumentFiles files;
	private final DocumentRepository repository;
	private final RuntimeService runtime;
	private final TransactionTemplate transaction;

	/**
	 * @param officeCode which office's plan; may be left out when the year has one plan only
	 * @throws DocumentRefusedException 404 without such a plan, 400 when several plans need a code, 409 while a
	 *         draft of the same document awaits approval
	 */
	public DocumentVersion prepare(DocumentKind kind, int fiscalYear, String officeCode, String preparedBy) {
		OfficePlan plan = plan(fiscalYear, officeCode);
		refuseWhilePending(kind, plan);
		ReportPeriod period = kind == DocumentKind.MEASURES ? null : ReportPeriod.of(kind, fiscalYear);
		DocumentContent content = period == null ? measures.content(plan) : reports.content(plan, period);
		DocumentFiles.Files written = files.write(content);
		try {
			return transaction.execute(status -> {
				long id = repository.insertDraft(new DocumentRepository.NewVersion(kind, plan, content.title(),
						period == null ? null : period.start(), period == null ? null : period.end(), written, content.links(),
						preparedBy, OfficeTime.now()));
				String process = runtime.startProcessInstanceByKey(DocumentApproval.PROCESS, DocumentApproval.businessKey(id),
						Map.of("documentId", id, "documentTitle", content.title())).getId();
				repository.setProcessInstance(id, process);
				return repository.find(id).orElseThrow();
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw pending(kind, plan);
		}
	}

	public List<DocumentVersion> ofYear(int fiscalYear, String officeCode) {
		return repository.ofYear(fiscalYear, officeCode);
	}

	public DocumentVersion find(long id) {
		return repository.find(id).orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND, "ไม่มีเอกสารหมายเลข " + id));
	}

	byte[] file(long id, FileFormat format) {
		return repository.file(id, format).orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND,
				"ไม่มีเอกสารหมายเลข " + id));
	}

	/** The publication form of an approved version. */
	byte[] publicationForm(long id, FileFormat format) {
		return repository.publicationForm(id, format).orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND,
				"เอกสารหมายเลข " + id + " ยังไม่ได้รับอนุมัติ จึงยังไม่มีแบบฟอร์มการเผยแพร่"));
	}

	private OfficePlan plan(int fiscalYear, String officeCode) {
		FiscalYear.of(fiscalYear); // a year that cannot be is a 400
		List<OfficePlan> ofYear = plans.ofYear(fiscalYear);
		if (officeCode == null && ofYear.size() > 1) {
			throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "ปีงบประมาณ " + fiscalYear + " มีแผนของหลายหน่วยงาน"
					+ " กรุณาระบุ officeCode");
		}
		return ofYear.stream()
			.filter(plan -> officeCode == null || officeCode.equals(plan.officeCode()))
			.findFirst()
			.orElseThrow(() -> new DocumentRefusedException(HttpStatus.NOT_FOUND, "ไม่มีแผนมาตรการปีงบประมาณ " + fiscalYear
					+ (officeCode == null ? "" : " ของหน่วยงานรหัส " + officeCode)));
	}

	private void refuseWhilePending(DocumentKind kind, OfficePlan plan) {
		if (repository.pendingDraft(kind, plan).isPresent()) {
			throw pending(kind, plan);
		}
	}

	private DocumentRefusedException pending(DocumentKind kind, OfficePlan plan) {
		DocumentVersion draft = repository.pendingDraft(kind, plan).orElse(null);
		return new DocumentRefusedException(HttpStatus.CONFLICT, kind.title + " ปีงบประมาณ " + plan.fiscalYear()
				+ (draft == null ? " กำลังจัดทำอยู่" : " ฉบับที่ " + draft.version() + " (เอกสารหมายเลข " + draft.id()
						+ ") รอหัวหน้าส่วนราชการพิจารณาอยู่")
				+ " จัดทำฉบับใหม่ได้เมื่อพิจารณาแล้ว");
	}
}
