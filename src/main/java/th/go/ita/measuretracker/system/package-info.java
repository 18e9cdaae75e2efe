/**
 * Cross-cutting web set-up shared by every feature: the language of each request, the message bundles, dates in
 * templates, the web font.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		allowedDependencies = {"fiscal"})
package th.go.ita.measuretracker.system;
