/**
 * ITA assessment results: the ten indicators and their tools, the weighted score and grade computed exactly,
 * the discrepancies a document's own figures show, the trend over the years, and draft measures for the
 * indicators below target, reviewed by a manager in Tasklist before they become a plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ITA assessment",
		allowedDependencies = {"fiscal", "intake", "workflow", "plan"})
package th.go.ita.measuretracker.assessment;
