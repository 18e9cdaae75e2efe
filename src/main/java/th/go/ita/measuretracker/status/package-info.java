/**
 * The measures-status view for managers and groups: its own read model (kept by events), the overview page with
 * charts, the measure detail (with its evidence files), the REST API and the CSV/XLSX/PDF exports of the same rows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measures status",
		allowedDependencies = {"fiscal", "plan", "report", "reminder", "assessment", "security", "evidence", "typeset"})
package th.go.ita.measuretracker.status;
