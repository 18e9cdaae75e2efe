/**
 * Glue between our features and the Camunda engine: the measure process, its variables, the beans its BPMN
 * calls, and the events it raises inside the engine's transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow (Camunda)",
		allowedDependencies = {"fiscal"})
package th.go.ita.measuretracker.workflow;
