/**
 * Quarterly progress reports on the Thai fiscal calendar: the round opened at each quarter's end (or by a
 * manager), each measure's report and its review, and every submitted version.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quarterly reports",
		allowedDependencies = {"fiscal", "workflow", "plan", "security"})
package th.go.ita.measuretracker.report;
