/**
 * The documents the ITA's OIT asks an office to publish, made from the tracked work: the measures document (O36)
 * and the implementation reports for 6 months and the year (O37), each approved by the head of office in BPMN and
 * then frozen, byte for byte, with the publication form.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ITA documents",
		allowedDependencies = {"fiscal", "workflow", "plan", "report", "assessment", "security", "typeset"})
package th.go.ita.measuretracker.document;
