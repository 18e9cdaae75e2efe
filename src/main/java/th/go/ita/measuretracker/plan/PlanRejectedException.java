package th.go.ita.measuretracker.plan;

import java.util.List;

/** The plan was not imported; nothing was stored or started. */
public class PlanRejectedException extends RejectedFileException {

	PlanRejectedException(List<PlanError> errors) {
		super("plan", "แผนไม่ถูกนำเข้า (Plan not imported)", errors);
	}
}
