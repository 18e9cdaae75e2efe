package th.go.ita.measuretracker.plan;

import java.util.List;

import th.go.ita.measuretracker.intake.FileError;

/**
 * What importing a plan would do, with nothing changed: a NEW plan, the same as the stored one (UNCHANGED), or
 * CHANGED, with the difference and what of it may not be done (refusals, each where the file says it).
 * {@code baseVersion} is the stored plan's version the difference was made against: an amendment confirmed with
 * it is refused if the plan changed in between.
 */
public record PlanPreview(int fiscalYear, String organisation, Outcome outcome, int baseVersion,
		PlanDifference difference, List<FileError> refusals) {

	public enum Outcome {
		NEW, UNCHANGED, CHANGED
	}

	public boolean mayBeApplied() {
		return refusals.isEmpty() && outcome != Outcome.UNCHANGED;
	}
}
