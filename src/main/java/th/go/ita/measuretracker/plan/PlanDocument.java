package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.List;

import th.go.ita.measuretracker.intake.FileError;

/** A plan file as read, before validation against the fiscal year and the known groups. */
record PlanDocument(Integer fiscalYear, String organisation, List<GroupDeclaration> groups, List<MeasureEntry> measures,
		Place place, String officeCode) {

	/**
	 * Where a part of the file is written, so that an error names it as its author sees it: a YAML file by line and
	 * field path, a workbook by row and sheet!column.
	 */
	@FunctionalInterface
	interface Place {

		/** @param key the field as plans/README.md names it (e.g. {@code deadline}, a step's {@code text}) */
		FileError error(String key, String message);
	}

	record GroupDeclaration(Place place, String id, String name) {
	}

	/**
	 * @param cancelled why the measure is (to be) cancelled; {@code null} for a measure that runs
	 * @param carriedOverFrom the business key of last year's measure this one continues (year-end carry-over)
	 */
	record MeasureEntry(Place place, String code, String title, String description, List<Integer> indicators,
			String responsibleGroup, LocalDate deadline, List<Integer> reportingQuarters, StepOrder stepOrder,
			List<StepEntry> steps, String cancelled, String carriedOverFrom) {
	}

	record StepEntry(Place place, String text, String group, LocalDate due) {
	}
}
