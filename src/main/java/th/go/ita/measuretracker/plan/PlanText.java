package th.go.ita.measuretracker.plan;

import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.plan.PlanDifference.FieldChange;
import th.go.ita.measuretracker.plan.PlanDifference.StepDifference;

/**
 * Sentences of the plans page and the measure detail about what changed, in the page's language
 * ({@code ${@planText.…}} in the templates): a change names its field and both values, which is more than a message
 * expression in a template can pass.
 */
@Component("planText")
public class PlanText {

	public String outcome(PlanPreview preview) {
		return text("plans.outcome." + preview.outcome().name(), preview.organisation(), preview.fiscalYear(),
				preview.baseVersion());
	}

	/** "กำหนดแล้วเสร็จ: 2570-06-30 → 2570-08-31" */
	public String field(FieldChange change, boolean ofStep) {
		return text("plans.fieldChange", fieldName(change.field(), ofStep), value(change.from()), value(change.to()));
	}

	public String step(StepDifference step) {
		return text("plans.step." + step.change().name(), step.number() == null ? step.newNumber() : step.number(),
				step.text());
	}

	/** One line of a version's changes, for the history of a plan or of one measure. */
	public String history(PlanHistory.ChangeView change) {
		String field = change.field() == null ? "" : fieldName(change.field(), change.step() != null);
		return text("plans.history." + change.kind(), change.businessKey(), change.step(), field, value(change.from()),
				value(change.to()));
	}

	private static String fieldName(String field, boolean ofStep) {
		return text((ofStep ? "planField.step." : "planField.") + field);
	}

	private static String value(String value) {
		return value == null ? "-" : value;
	}

	private static String text(String key, Object... arguments) {
		return Wording.of(key, arguments);
	}
}
