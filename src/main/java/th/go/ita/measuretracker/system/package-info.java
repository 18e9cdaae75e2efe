/** Cross-cutting web set-up shared by every feature: language choice, the message bundles, dates in templates, fonts. */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		allowedDependencies = {"fiscal"})
package th.go.ita.measuretracker.system;
