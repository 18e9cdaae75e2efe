package th.go.ita.measuretracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.CoversModel;
import th.go.ita.measuretracker.support.ProcessFixture;
import th.go.ita.measuretracker.support.ProcessPlans;
import th.go.ita.measuretracker.support.ProcessTest;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/** draft-measures.bpmn: the draft plan from an assessment's weak indicators, imported or discarded by a manager. */
@ProcessTest
@CoversModel(AssessmentService.REVIEW_PROCESS)
class DraftMeasuresProcessTests {

	static final String DRAFTED_OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาระนอง";

	@Autowired ProcessFixture fixture;
	@Autowired AssessmentService assessments;
	@Autowired MeasureQueries measures;
	@Autowired TaskService tasks;
	@Autowired Actor actor;

	ProcessInstance review;
	Task task;

	@BeforeEach
	void theSeedAssessmentWithIndicatorsBelowTarget() throws Exception {
		fixture.freshStart();
		assessments.importYaml(AssessmentTests.seed());
		review = fixture.instance(AssessmentService.REVIEW_PROCESS, "ITA2566-drafts");
		task = tasks.createTaskQuery().taskCandidateUser("sudamanager").singleResult();
		assertThat(review).hasPassed("StartEvent_WeakIndicatorsFound").isWaitingAt("Task_ReviewDraftMeasures");
		assertThat(task.getProcessInstanceId()).isEqualTo(review.getId());
	}

	@Test
	void aDiscardedDraftEndsWithoutAPlan() {
		actor.complete("sudamanager", task.getId(), Map.of("draftDecision", "DISCARD"));

		assertThat(review).hasPassed("Gateway_DraftImported", "EndEvent_DraftDiscarded")
			.hasNotPassed("EndEvent_PlanImported")
			.isEnded();
		assertThat(measures.list(2567)).isEmpty();
	}

	@Test
	void anImportedDraftEndsAsAPlanWhoseMeasuresStart() {
		// a draft becomes the plan of the office and year it was drafted for (DraftReviewImportRestTests)
		String plan = ProcessPlans.ONE_STEP.replace("สำนักงานทดสอบกระบวนงาน", DRAFTED_OFFICE);
		actor.complete("sudamanager", task.getId(), Map.of("draftDecision", "IMPORT", "planYaml", plan));

		assertThat(review).hasPassed("Gateway_DraftImported", "EndEvent_PlanImported")
			.hasNotPassed("EndEvent_DraftDiscarded")
			.isEnded();
		assertThat(fixture.instance(MeasureProcess.KEY, ProcessPlans.ONE_STEP_KEY)).isNotNull();
		assertThat(tasks.createTaskQuery().taskCandidateUser("somchai").processInstanceBusinessKey(ProcessPlans.ONE_STEP_KEY)
			.count()).as("the step in the group's list").isOne();
	}
}
