package th.go.ita.measuretracker.plan;

/** Whether a measure's steps are done one after another (the default) or all at once, as the plan says. */
public enum StepOrder {
	SEQUENTIAL, PARALLEL
}
