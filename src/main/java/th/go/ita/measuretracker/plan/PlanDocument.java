package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import th.go.ita.measuretracker.workflow.MeasureProcesses.StepOrder;

/** A plan file as read, before validation against the fiscal year and the known groups. Line numbers are 1-based. */
record PlanDocument(Integer fiscalYear, String organisation, List<GroupDeclaration> groups, List<MeasureEntry> measures) {

	record GroupDeclaration(int line, String field, String id, String name) {
	}

	record MeasureEntry(int line, String field, String code, String title, String description, List<Integer> indicators,
			String responsibleGroup, LocalDate deadline, List<Integer> reportingQuarters, StepOrder stepOrder,
			List<StepEntry> steps, Map<String, Integer> lines) {

		/** The line a field is written on, or the measure's own line when the field is missing. */
		int lineOf(String key) {
			return lines.getOrDefault(key, line);
		}
	}

	record StepEntry(int line, String field, String text, String group, LocalDate due, Map<String, Integer> lines) {

		int lineOf(String key) {
			return lines.getOrDefault(key, line);
		}
	}
}
