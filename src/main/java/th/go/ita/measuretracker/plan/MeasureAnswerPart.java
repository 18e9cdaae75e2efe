package th.go.ita.measuretracker.plan;

/**
 * A part another module adds to a measure's answer ({@code GET /api/measures/{businessKey}}) under its own name, so
 * that plan need not know that module (evidence files are one: their module depends on plan, not the other way).
 * It is asked only for a measure the caller may see.
 */
public interface MeasureAnswerPart {

	/** The property of the answer it fills. */
	String name();

	Object of(MeasureView measure);
}
