/**
 * Evidence files a group attaches to a step or to a quarterly report: checked by their content, stored with their
 * SHA-256 behind one storage interface (chunked rows by default), visible to the group and the managers, locked once
 * the step is done or the report approved, and published only when a manager marks an approved report's files public.
 * It adds its files to a measure's answer through plan's {@link th.go.ita.measuretracker.plan.MeasureAnswerPart}, so
 * plan never depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence files",
		allowedDependencies = {"fiscal", "plan", "report", "security", "document"})
package th.go.ita.measuretracker.evidence;
