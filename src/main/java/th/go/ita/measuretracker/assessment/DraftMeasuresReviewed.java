package th.go.ita.measuretracker.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.workflow.InvalidFormException;
import th.go.ita.measuretracker.workflow.TaskCompletion;

/**
 * The manager finished reviewing the draft measures: "IMPORT" imports the edited plan in the same transaction,
 * so a plan with errors keeps the task open with every error named; "DISCARD" drops it.
 */
@Component("draftMeasuresReviewed")
class DraftMeasuresReviewed implements TaskListener {

	private final PlanImportService plans;

	DraftMeasuresReviewed(PlanImportService plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		Object decision = task.getVariable("draftDecision");
		if ("DISCARD".equals(decision)) {
			return;
		}
		if (!"IMPORT".equals(decision)) {
			throw new InvalidFormException("The review is not complete (ผลการทบทวนไม่ครบถ้วน)",
					java.util.List.of("draftDecision: choose IMPORT or DISCARD (กรุณาเลือกนำเข้าหรือไม่นำเข้า)"));
		}
		plans.importYaml((String) task.getVariable("planYaml"), TaskCompletion.completedBy(task));
	}
}
