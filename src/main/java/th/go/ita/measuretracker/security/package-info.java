/**
 * One login for our pages, our REST API, Camunda's REST API and Camunda's webapps, on Camunda's identity service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = {"fiscal"})
package th.go.ita.measuretracker.security;
