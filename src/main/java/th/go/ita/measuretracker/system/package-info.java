/** Cross-cutting web set-up shared by every feature: language choice. */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package th.go.ita.measuretracker.system;
