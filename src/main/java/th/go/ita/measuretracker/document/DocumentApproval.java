package th.go.ita.measuretracker.document;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shapes document-approval.bpmn's task from configuration and our tables: the head of office's group works it, and
 * it is named after the document and its version (from the business key DOC-{id}, never a variable).
 */
@Component("documentApproval")
public class DocumentApproval implements TaskListener {

	static final String PROCESS = "DocumentApproval";
	static final String DECISION = "approvalDecision";
	static final String COMMENT = "approvalComment";
	static final String APPROVE = "APPROVE";
	static final String RETURN = "RETURN";
	private static final String KEY_PREFIX = "DOC-";

	private final DocumentRepository documents;
	private final String headGroup;

	DocumentApproval(DocumentRepository documents, @Value("${measure-tracker.head-group:head}") String headGroup) {
		this.documents = documents;
		this.headGroup = headGroup;
	}

	static String businessKey(long documentId) {
		return KEY_PREFIX + documentId;
	}

	static long documentId(String businessKey) {
		return Long.parseLong(businessKey.substring(KEY_PREFIX.length()));
	}

	public String headGroup() {
		return headGroup;
	}

	@Override
	public void notify(DelegateTask task) {
		DocumentVersion document = documents.find(documentId(task.getExecution().getProcessBusinessKey())).orElseThrow();
		task.setName(FormTextLimit.cut("อนุมัติ" + document.title() + " (ฉบับที่ " + document.version() + ")"));
	}
}
