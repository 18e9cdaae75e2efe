package th.go.ita.measuretracker.plan;

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
		return new MeasureNotVisibleException("ไม่พบมาตรการ " + businessKey + " (no such measure)", false);
	}

	static MeasureNotVisibleException ofAnotherGroup(String businessKey) {
		return new MeasureNotVisibleException(
				"มาตรการ " + businessKey + " เป็นของกลุ่มอื่น (the measure belongs to another group)", true);
	}

	public boolean exists() {
		return exists;
	}
}
