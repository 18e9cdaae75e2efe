package th.go.ita.measuretracker.document;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/** document-approval.bpmn, after approval: the publication form of the approved version, as DOCX and PDF. */
@Component("publicationFormTask")
@RequiredArgsConstructor
class PublicationFormTask implements JavaDelegate {

	private final DocumentRepository documents;
	private final PublicationForm form;
	private final DocumentFiles files;

	@Override
	public void execute(DelegateExecution execution) {
		DocumentVersion document = documents.find(DocumentApproval.documentId(execution.getProcessBusinessKey())).orElseThrow();
		documents.savePublicationForm(document.id(),
				files.write(form.content(document, DocumentKind.valueOf(document.kind()))), OfficeTime.now());
	}
}
