/** Thai fiscal years and quarters, and Buddhist-Era dates. Depends on nothing else in the application. */
@org.springframework.modulith.ApplicationModule(displayName = "Fiscal calendar",
		allowedDependencies = {})
package th.go.ita.measuretracker.fiscal;
