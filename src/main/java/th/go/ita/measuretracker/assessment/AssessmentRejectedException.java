package th.go.ita.measuretracker.assessment;

import java.util.List;

import th.go.ita.measuretracker.plan.PlanError;
import th.go.ita.measuretracker.plan.RejectedFileException;

/** The assessment was not imported; nothing was stored. */
public class AssessmentRejectedException extends RejectedFileException {

	AssessmentRejectedException(List<PlanError> errors) {
		super("assessment", "ผลการประเมินไม่ถูกนำเข้า (Assessment not imported)", errors);
	}
}
