/**
 * Measure plans: the YAML format, all-or-nothing import and validation, our plan/measure/step tables, and the
 * progress the measure process reports into them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measure plans",
		allowedDependencies = {"fiscal", "intake", "workflow", "security"})
package th.go.ita.measuretracker.plan;
