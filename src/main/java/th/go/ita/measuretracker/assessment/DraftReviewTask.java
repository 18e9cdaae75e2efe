package th.go.ita.measuretracker.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Shapes draft-measures.bpmn's review task from configuration and the engine: who reviews, and the task's name with
 * the year the draft is for, from the review's business key (the task is created while the review starts, before
 * anything else about it is stored).
 */
@Component("draftReviewTask")
@RequiredArgsConstructor
public class DraftReviewTask implements TaskListener {

	private final AssessmentPolicy policy;

	/** ITA2566-drafts: the review of the drafts from the 2566 assessment, for the 2567 plan. */
	static String businessKey(int assessmentYear) {
		return "ITA" + assessmentYear + "-drafts";
	}

	public String reviewerGroup() {
		return policy.reviewerGroup();
	}

	@Override
	public void notify(DelegateTask task) {
		String key = task.getExecution().getProcessBusinessKey();
		int assessmentYear = Integer.parseInt(key.substring("ITA".length(), key.indexOf('-')));
		task.setName("ทบทวนร่างมาตรการปีงบประมาณ " + (assessmentYear + 1) + " จากผลการประเมิน ITA " + assessmentYear);
	}
}
