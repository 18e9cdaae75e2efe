package th.go.ita.measuretracker.assessment;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.PlanImportService;
import th.go.ita.measuretracker.intake.RejectedFileException;
import th.go.ita.measuretracker.workflow.FormText;
import th.go.ita.measuretracker.workflow.InvalidFormException;
import th.go.ita.measuretracker.workflow.TaskCompletion;

/**
 * The manager finished reviewing the draft measures: "IMPORT" imports the edited plan in the same transaction,
 * so a plan with errors keeps the task open with every error named; "DISCARD" drops it. Managers may not import
 * plans otherwise (POST /api/plans is for admins): the draft may only become the plan of the office and year it
 * was drafted for (draft_review), with groups that already exist.
 */
@Component("draftMeasuresReviewed")
@RequiredArgsConstructor
class DraftMeasuresReviewed implements TaskListener {

	static final String PLAN_YAML = "planYaml";

	private final PlanImportService plans;
	private final AssessmentRepository repository;

	@Override
	public void notify(DelegateTask task) {
		Object decision = task.getVariable("draftDecision");
		if ("DISCARD".equals(decision)) {
			return;
		}
		if (!"IMPORT".equals(decision)) {
			throw new InvalidFormException(Wording.of("draft.reviewIncomplete"),
					List.of(Wording.of("draft.decision.required", "draftDecision")));
		}
		List<String> problems = new ArrayList<>();
		// checked as any form text (a string, at most a Camunda text variable), but imported unstripped: the
		// errors' line numbers are those the manager sees in the form
		String checked = FormText.read(task.getVariables(), PLAN_YAML, problems);
		if (problems.isEmpty() && (checked == null || checked.isBlank())) {
			problems.add(Wording.of("draft.plan.required", PLAN_YAML));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFormException(Wording.of("draft.notImported"), problems);
		}
		AssessmentRepository.DraftReview draft = repository.draftReview(task.getProcessInstanceId())
			.orElseThrow(() -> new InvalidFormException(Wording.of("draft.notImported"),
					List.of(Wording.of("draft.tooOld", PLAN_YAML))));
		try {
			plans.importDraft((String) task.getVariable(PLAN_YAML), TaskCompletion.completedBy(task), draft.fiscalYear(),
					draft.organisation());
		}
		catch (RejectedFileException ex) {
			throw new InvalidFormException(Wording.of("draft.notImported"),
					ex.errors().stream().map(error -> Wording.of("draft.error", PLAN_YAML, error)).toList());
		}
	}
}
