package th.go.ita.measuretracker.document;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.workflow.FormText;
import th.go.ita.measuretracker.workflow.InvalidFormException;
import th.go.ita.measuretracker.workflow.TaskCompletion;

/**
 * The head of office decided (forms/approve-document.form): approve, or return with a comment. Recorded on the
 * version in the task's transaction: who, when, what they said. Approving freezes the version: from now on no
 * statement changes its row (DocumentRepository#decide moves a DRAFT only).
 */
@Component("documentDecided")
@RequiredArgsConstructor
class DocumentDecided implements TaskListener {

	private final DocumentRepository documents;

	@Override
	public void notify(DelegateTask task) {
		List<String> problems = new ArrayList<>();
		Object decision = task.getVariable(DocumentApproval.DECISION);
		String comment = FormText.read(task.getVariables(), DocumentApproval.COMMENT, problems);
		boolean approved = DocumentApproval.APPROVE.equals(decision);
		if (!approved && !DocumentApproval.RETURN.equals(decision)) {
			problems.add(DocumentApproval.DECISION + ": ต้องเป็น APPROVE หรือ RETURN (กรุณาเลือกผลการพิจารณา)");
		}
		else if (!approved && (comment == null || comment.isBlank())) {
			problems.add(DocumentApproval.COMMENT + ": กรุณาระบุเหตุผลที่ส่งกลับแก้ไข");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFormException("ผลการพิจารณาไม่ครบถ้วน", problems);
		}
		long id = DocumentApproval.documentId(task.getExecution().getProcessBusinessKey());
		if (!documents.decide(id, approved ? DocumentVersion.APPROVED : DocumentVersion.RETURNED,
				TaskCompletion.completedBy(task), OfficeTime.now(), comment == null || comment.isBlank() ? null : comment)) {
			throw new IllegalStateException("document " + id + " was decided already");
		}
	}
}
