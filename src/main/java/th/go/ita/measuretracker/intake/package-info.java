/**
 * Files people send us (plans, ITA assessments): reading YAML safely with every error at its line and field, the
 * upload limits, one 400 for any refused file, and the demo files the embedded default loads. Knows nothing of
 * plans or assessments; reads Buddhist-Era dates with fiscal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "File intake", allowedDependencies = "fiscal")
package th.go.ita.measuretracker.intake;
