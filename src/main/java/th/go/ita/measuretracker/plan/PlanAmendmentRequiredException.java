package th.go.ita.measuretracker.plan;

import lombok.Getter;
import org.camunda.bpm.engine.BadUserRequestException;

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
		return new PlanAmendmentRequiredException("แผนนี้ต่างจากแผนที่บันทึกไว้ การแก้ไขแผนต้องระบุเหตุผล (this plan differs from"
				+ " the stored version " + baseVersion + " of " + difference.organisation() + " for " + difference.fiscalYear()
				+ "; send it again with amendmentReason to amend it, after checking the difference)", difference, baseVersion);
	}

	static PlanAmendmentRequiredException changedSincePreview(PlanDifference difference, int baseVersion, int previewed) {
		return new PlanAmendmentRequiredException("แผนถูกแก้ไขไปแล้วหลังจากที่ดูตัวอย่าง (the plan is at version " + baseVersion
				+ " now, not the version " + previewed + " the change was previewed on; preview it again)", difference,
				baseVersion);
	}
}
