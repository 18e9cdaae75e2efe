package th.go.ita.measuretracker.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CoversModel;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.ProcessTest;

/** document-approval.bpmn: the head of office approves a prepared document (frozen, publication form) or returns it. */
@ProcessTest
@CoversModel(DocumentApproval.PROCESS)
class DocumentApprovalProcessTests {

	@Autowired DocumentFixture fixture;
	@Autowired DocumentService documents;
	@Autowired ProcessEngine engine;
	@Autowired TaskService tasks;
	@Autowired Actor actor;

	DocumentVersion draft;
	ProcessInstance approval;
	Task task;

	@BeforeEach
	void aManagerPreparedTheMeasuresDocument() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		fixture.seedPlanAndAssessment();
		BpmnAwareTests.init(engine);
		draft = documents.prepare(DocumentKind.MEASURES, 2567, null, "sudamanager");
		approval = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(draft.processInstanceId())
			.singleResult();
		task = tasks.createTaskQuery().taskCandidateUser("director").singleResult();
		assertThat(approval).hasPassed("StartEvent_DocumentPrepared").isWaitingAt("Task_ApproveDocument");
		assertThat(task.getName()).isEqualTo("อนุมัติ" + draft.title() + " (ฉบับที่ 1)");
		assertThat(draft.status()).isEqualTo("DRAFT");
	}

	@Test
	void approvedTheVersionIsFrozenAndGetsItsPublicationForm() throws Exception {
		actor.complete("director", task.getId(), Map.of("approvalDecision", "APPROVE"));

		assertThat(approval).hasPassed("Gateway_DocumentApproved", "Task_MakePublicationForm", "EndEvent_DocumentPublishable")
			.hasNotPassed("EndEvent_DocumentReturned")
			.isEnded();
		DocumentVersion approved = documents.find(draft.id());
		assertThat(approved.status()).isEqualTo("APPROVED");
		assertThat(approved.decidedBy()).isEqualTo("director");
		assertThat(approved.decidedAt()).isNotNull();
		assertThat(Sha256.hex(documents.file(draft.id(), FileFormat.PDF))).isEqualTo(draft.pdfSha256());
		try (XWPFWordExtractor form = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
				documents.publicationForm(draft.id(), FileFormat.DOCX))))) {
			assertThat(form.getText()).contains(PublicationForm.TITLE, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาระนอง",
					"ผู้อนุมัติรับรอง", "(director)", "(sudamanager)", draft.pdfSha256(), "http://localhost:8080/public/spp-ranong/2567");
		}
	}

	@Test
	void returnedItNeedsAReasonAndANewVersionMayThenBePrepared() {
		assertThatThrownBy(() -> actor.complete("director", task.getId(), Map.of("approvalDecision", "RETURN")))
			.hasMessageContaining("approvalComment: กรุณาระบุเหตุผลที่ส่งกลับแก้ไข");
		assertThat(approval).isWaitingAt("Task_ApproveDocument");

		actor.complete("director", task.getId(), Map.of("approvalDecision", "RETURN", "approvalComment", "ตารางมาตรการไม่ครบ"));

		assertThat(approval).hasPassed("Gateway_DocumentApproved", "EndEvent_DocumentReturned")
			.hasNotPassed("Task_MakePublicationForm")
			.isEnded();
		DocumentVersion returned = documents.find(draft.id());
		assertThat(returned.status()).isEqualTo("RETURNED");
		assertThat(returned.decisionComment()).isEqualTo("ตารางมาตรการไม่ครบ");
		assertThat(documents.prepare(DocumentKind.MEASURES, 2567, "spp-ranong", "sudamanager").version()).isEqualTo(2);
	}

	/** The task's form offers the decision and the comment; the document it approves comes from the business key. */
	@Test
	void aFieldTheFormDoesNotOfferIsRefusedAndNothingIsDecided() {
		assertThatThrownBy(() -> actor.complete("director", task.getId(), Map.of("approvalDecision", "APPROVE",
				"documentId", 999L)))
			.hasMessageContaining("documentId");

		assertThat(approval).isWaitingAt("Task_ApproveDocument");
		assertThat(documents.find(draft.id()).status()).isEqualTo("DRAFT");
	}

	@Test
	void onlyTheHeadOfOfficeDecides() {
		assertThatThrownBy(() -> actor.complete("sudamanager", task.getId(), Map.of("approvalDecision", "APPROVE")))
			.isInstanceOf(AuthorizationException.class);

		assertThat(approval).isWaitingAt("Task_ApproveDocument");
		assertThat(documents.find(draft.id()).status()).isEqualTo("DRAFT");
	}
}
