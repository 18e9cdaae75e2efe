/**
 * Thai fiscal years and quarters, the office's clock, and how the application reads to a person: Buddhist-Era dates
 * (ThaiDates) and messages in the reader's language (Wording). Depends on nothing else in the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fiscal calendar and wording",
		allowedDependencies = {})
package th.go.ita.measuretracker.fiscal;
