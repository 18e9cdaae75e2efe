package th.go.ita.measuretracker.plan;

import java.util.List;

/**
 * How a plan file differs from the stored plan of the same office and year, per measure and step: what an
 * amendment would add, change (old → new), remove or cancel. Values are written as in the plan file (B.E. dates,
 * group ids, "9, 10"). A new plan is all ADDED.
 */
public record PlanDifference(int fiscalYear, String organisation, List<MeasureDifference> measures) {

	public enum Change {
		ADDED, CHANGED, REMOVED, CANCELLED
	}

	public boolean isEmpty() {
		return measures.isEmpty();
	}

	/** @param from {@code null} when the field had no value */
	public record FieldChange(String field, String from, String to) {
	}

	/**
	 * @param number the step's number in the stored plan ({@code null} for an added step)
	 * @param newNumber its number in the file ({@code null} for a removed step)
	 * @param text the step's text (the new one when it changed)
	 */
	public record StepDifference(Change change, Integer number, Integer newNumber, String text,
			List<FieldChange> fields) {
	}

	/** @param reason why the measure is cancelled (CANCELLED only) */
	public record MeasureDifference(String businessKey, String code, String title, Change change, String reason,
			List<FieldChange> fields, List<StepDifference> steps) {
	}
}
