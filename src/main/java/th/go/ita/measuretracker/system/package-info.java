/** Cross-cutting web set-up shared by every feature: language choice. */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		allowedDependencies = {})
package th.go.ita.measuretracker.system;
