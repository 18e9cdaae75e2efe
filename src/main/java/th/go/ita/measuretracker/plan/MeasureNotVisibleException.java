package th.go.ita.measuretracker.plan;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * The measure asked for does not exist, or belongs to a group the viewer may not see. The web layer answers 404 or
 * 403 ({@link MeasureNotVisibleHandler}); the query itself knows nothing of HTTP.
 */
public class MeasureNotVisibleException extends RuntimeException {

	private final boolean exists;

	private MeasureNotVisibleException(String message, boolean exists) {
		super(message);
		this.exists = exists;
	}

	static MeasureNotVisibleException noSuchMeasure(String businessKey) {
		return new MeasureNotVisibleException(Wording.of("measure.notFound", businessKey), false);
	}

	static MeasureNotVisibleException ofAnotherGroup(String businessKey) {
		return new MeasureNotVisibleException(Wording.of("measure.otherGroup", businessKey), true);
	}

	public boolean exists() {
		return exists;
	}
}
