package th.go.ita.measuretracker.plan;

/** One thing wrong with a plan file, where a person can find it: line, field path and what to fix. */
public record PlanError(int line, String field, String message) implements Comparable<PlanError> {

	@Override
	public int compareTo(PlanError other) {
		return Integer.compare(line, other.line);
	}

	@Override
	public String toString() {
		return "line " + line + ", " + field + ": " + message;
	}
}
