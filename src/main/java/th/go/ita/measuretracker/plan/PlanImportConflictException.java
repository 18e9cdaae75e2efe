package th.go.ita.measuretracker.plan;

import org.camunda.bpm.engine.BadUserRequestException;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * The same plan was being imported by another request at the same moment, which won; this one was rolled back
 * whole. Sent again, it is answered with the measures already imported. A {@link BadUserRequestException} so that
 * Camunda's REST API, too, answers a client error rather than 500.
 */
public class PlanImportConflictException extends BadUserRequestException {

	PlanImportConflictException(int fiscalYear, String organisation, Exception cause) {
		super(Wording.of("plan.importConflict", organisation, fiscalYear), cause);
	}
}
