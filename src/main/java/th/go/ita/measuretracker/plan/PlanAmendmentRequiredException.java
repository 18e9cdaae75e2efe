package th.go.ita.measuretracker.plan;

import lombok.Getter;
import org.camunda.bpm.engine.BadUserRequestException;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * The plan differs from the stored one, and changing a plan needs a reason (amendmentReason) — or the stored plan
 * changed after the preview the change was confirmed on. Nothing was changed. Answered 409 with the difference.
 */
@Getter
public class PlanAmendmentRequiredException extends BadUserRequestException {

	private final PlanDifference difference;
	private final int baseVersion;

	private PlanAmendmentRequiredException(String message, PlanDifference difference, int baseVersion) {
		super(message);
		this.difference = difference;
		this.baseVersion = baseVersion;
	}

	static PlanAmendmentRequiredException noReason(PlanDifference difference, int baseVersion) {
		return new PlanAmendmentRequiredException(Wording.of("plan.amendmentRequired", baseVersion,
				difference.organisation(), difference.fiscalYear()), difference, baseVersion);
	}

	static PlanAmendmentRequiredException changedSincePreview(PlanDifference difference, int baseVersion, int previewed) {
		return new PlanAmendmentRequiredException(Wording.of("plan.changedSincePreview", baseVersion, previewed),
				difference, baseVersion);
	}
}
