package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.PlanDifference.Change;
import th.go.ita.measuretracker.plan.PlanDifference.FieldChange;
import th.go.ita.measuretracker.plan.PlanDifference.MeasureDifference;
import th.go.ita.measuretracker.plan.PlanDifference.StepDifference;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanDocument.StepEntry;
import th.go.ita.measuretracker.plan.PlanRepository.MeasureRow;
import th.go.ita.measuretracker.plan.PlanRepository.StepRow;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/**
 * Compares a validated plan file with the stored plan of the same office and year: what an amendment would do, and
 * what it may not do. Only work that is not done may change: a completed measure or step, and a closed (cancelled,
 * carried-over) measure, stay as they are; a step that has started stays in the plan. Measures are matched by
 * code; steps by their text (the longest common sequence), and a step whose text changed by its place between
 * matched steps. Reads nothing itself: the same comparison serves the preview and the amendment.
 */
final class PlanDiffer {

	/** A stored measure with its steps in plan order (removed steps left out). */
	record Stored(MeasureRow measure, List<StepRow> steps) {
	}

	/** What to do with one measure that the file adds, changes or cancels. */
	record MeasureWork(Change change, MeasureRow stored, MeasureEntry entry, String groupId, List<StepWork> steps,
			MeasureRow carriedFrom) {
	}

	/**
	 * One step as it will be: its stored row (none for an added step), its text, group and due date resolved.
	 * {@code change} is {@code null} for a step that stays as it is.
	 */
	record StepWork(Change change, StepRow stored, String text, String groupId, LocalDate due) {
	}

	/** The comparison: the difference to show, what may not be done (each error where the file says it), the work. */
	record Comparison(PlanDifference difference, List<FileError> refusals, List<MeasureWork> work) {
	}

	private final PlanDocument plan;
	private final Map<String, String> groupIds;
	private final Function<String, Optional<MeasureRow>> measureByBusinessKey;
	private final LocalDate today;
	private final List<FileError> refusals = new ArrayList<>();
	private final List<MeasureDifference> differences = new ArrayList<>();

	/**
	 * @param groupIds group id by every name or id the plan may use (PlanValidator)
	 * @param measureByBusinessKey finds the measure a carried-over one names, among this office's plans
	 */
	private PlanDiffer(PlanDocument plan, Map<String, String> groupIds,
			Function<String, Optional<MeasureRow>> measureByBusinessKey, LocalDate today) {
		this.plan = plan;
		this.groupIds = groupIds;
		this.measureByBusinessKey = measureByBusinessKey;
		this.today = today;
	}

	static Comparison compare(PlanDocument plan, Map<String, String> groupIds, List<Stored> stored,
			Function<String, Optional<MeasureRow>> measureByBusinessKey, LocalDate today) {
		return new PlanDiffer(plan, groupIds, measureByBusinessKey, today).compare(stored);
	}

	private Comparison compare(List<Stored> stored) {
		Map<String, Stored> byCode = new LinkedHashMap<>();
		stored.forEach(s -> byCode.put(s.measure().code(), s));
		List<MeasureWork> work = new ArrayList<>();
		Set<String> carriedFrom = new HashSet<>();
		for (MeasureEntry entry : plan.measures()) {
			Stored old = byCode.remove(entry.code());
			MeasureWork measureWork = old == null ? added(entry, carriedFrom) : amended(old, entry);
			if (measureWork != null) {
				work.add(measureWork);
			}
		}
		for (Stored missing : byCode.values()) {
			if (missing.measure().isOpen()) {
				refusals.add(plan.place().error("measures",
						Wording.of("plan.missingOpenMeasure", missing.measure().businessKey())));
			}
		}
		return new Comparison(new PlanDifference(plan.fiscalYear(), plan.organisation(), differences), refusals, work);
	}

	private MeasureWork added(MeasureEntry entry, Set<String> carriedFrom) {
		if (entry.cancelled() != null) {
			refusals.add(entry.place().error("cancelled", Wording.of("plan.newCancelled")));
			return null;
		}
		String groupId = groupIds.get(entry.responsibleGroup());
		List<StepWork> steps = new ArrayList<>();
		for (StepEntry step : entry.steps()) {
			steps.add(new StepWork(Change.ADDED, null, step.text(), step.group() == null ? groupId : groupIds.get(step.group()),
					step.due() == null ? entry.deadline() : step.due()));
		}
		MeasureRow from = entry.carriedOverFrom() == null ? null : carriedFrom(entry, carriedFrom);
		List<StepDifference> stepDifferences = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			stepDifferences.add(new StepDifference(Change.ADDED, null, i + 1, steps.get(i).text(), List.of()));
		}
		differences.add(new MeasureDifference(businessKey(entry), entry.code(), entry.title(), Change.ADDED, null,
				List.of(), stepDifferences));
		return new MeasureWork(Change.ADDED, null, entry, groupId, steps, from);
	}

	/** Last year's open measure a new one continues, if it may. */
	private MeasureRow carriedFrom(MeasureEntry entry, Set<String> alreadyNamed) {
		String key = entry.carriedOverFrom();
		Optional<MeasureRow> found = measureByBusinessKey.apply(key);
		String problem = null;
		if (found.isEmpty()) {
			problem = Wording.of("plan.carriedFrom.notFound", key);
		}
		else if (found.get().fiscalYear() != plan.fiscalYear() - 1) {
			problem = Wording.of("plan.carriedFrom.notLastYear", key, plan.fiscalYear() - 1);
		}
		else if (!today.isAfter(FiscalYear.of(found.get().fiscalYear()).lastDay())) {
			problem = Wording.of("plan.carriedFrom.yearNotEnded", found.get().fiscalYear(),
					FiscalYear.of(found.get().fiscalYear()).lastDay());
		}
		else if (!found.get().isOpen()) {
			problem = found.get().carriedOverTo() != null
					? Wording.of("plan.carriedFrom.alreadyCarried", key, found.get().carriedOverTo())
					: Wording.of("plan.carriedFrom.notOpen", key, Wording.of("planStatus." + found.get().status()));
		}
		else if (!alreadyNamed.add(key)) {
			problem = Wording.of("plan.carriedFrom.twice", key);
		}
		if (problem != null) {
			refusals.add(entry.place().error("carriedOverFrom", problem));
			return null;
		}
		return found.get();
	}

	private MeasureWork amended(Stored old, MeasureEntry entry) {
		MeasureRow row = old.measure();
		String groupId = groupIds.get(entry.responsibleGroup());
		List<FieldChange> fields = measureFields(row, entry, groupId);
		StepAlignment steps = new StepAlignment(row, old.steps(), entry, groupId);
		boolean changed = !fields.isEmpty() || steps.changed();
		String what = row.businessKey();
		if (!Objects.equals(entry.carriedOverFrom(), row.carriedOverFrom())) {
			refusals.add(entry.place().error("carriedOverFrom", row.carriedOverFrom() == null
					? Wording.of("plan.carriedFrom.fixedNone", what)
					: Wording.of("plan.carriedFrom.fixed", what, row.carriedOverFrom())));
		}
		switch (row.status()) {
			case "OPEN" -> {
				if (entry.cancelled() != null) {
					if (changed || stepOrderChanged(row, entry)) {
						refusals.add(entry.place().error("cancelled",
								Wording.of("plan.cancelledAsItStands", what, changedNames(fields, steps))));
					}
					differences.add(new MeasureDifference(what, entry.code(), row.title(), Change.CANCELLED,
							entry.cancelled(), List.of(), List.of()));
					return new MeasureWork(Change.CANCELLED, row, entry, row.responsibleGroup(), steps.work, null);
				}
				if (stepOrderChanged(row, entry)) {
					refusals.add(entry.place().error("stepOrder",
							Wording.of("plan.stepOrderFixed", what, row.stepOrder().toLowerCase(Locale.ROOT))));
				}
				refusals.addAll(steps.problems);
				if (!changed) {
					return null;
				}
				differences.add(new MeasureDifference(what, entry.code(), entry.title(), Change.CHANGED, null, fields,
						steps.differences));
				return new MeasureWork(Change.CHANGED, row, entry, groupId, steps.work, null);
			}
			case "COMPLETED" -> refuseClosed(entry, changed || stepOrderChanged(row, entry) || entry.cancelled() != null,
					() -> Wording.of("plan.completedMeasure", what, changedNames(fields, steps, entry)));
			case "CANCELLED" -> refuseClosed(entry, changed || stepOrderChanged(row, entry)
					|| !Objects.equals(entry.cancelled(), row.closedReason()), () -> Wording.of("plan.cancelledMeasure", what));
			default -> refuseClosed(entry, changed || stepOrderChanged(row, entry) || entry.cancelled() != null,
					() -> Wording.of("plan.carriedOverMeasure", what, row.carriedOverTo()));
		}
		return null;
	}

	private void refuseClosed(MeasureEntry entry, boolean changed, Supplier<String> message) {
		if (changed) {
			refusals.add(entry.place().error("code", message.get()));
		}
	}

	private static boolean stepOrderChanged(MeasureRow row, MeasureEntry entry) {
		return !row.stepOrder().equals(entry.stepOrder().name());
	}

	/** What a refused amendment would change, as the preview names it: fields, then steps. */
	private static String changedNames(List<FieldChange> fields, StepAlignment steps) {
		List<String> names = new ArrayList<>(fields.stream().map(field -> Wording.of("planField." + field.field())).toList());
		steps.differences.forEach(step -> names.add(step.number() == null ? Wording.of("planField.newStep")
				: Wording.of("planField.step", step.number())));
		return String.join(", ", names);
	}

	private static String changedNames(List<FieldChange> fields, StepAlignment steps, MeasureEntry entry) {
		String names = changedNames(fields, steps);
		String cancelled = Wording.of("planField.cancelled");
		return entry.cancelled() == null ? names : names.isEmpty() ? cancelled : names + ", " + cancelled;
	}

	private static List<FieldChange> measureFields(MeasureRow row, MeasureEntry entry, String groupId) {
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "title", row.title(), entry.title());
		compare(changes, "description", emptyAsNull(row.description()), emptyAsNull(entry.description()));
		compare(changes, "indicators", spaced(row.indicators()), numbers(entry.indicators()));
		compare(changes, "responsibleGroup", row.responsibleGroup(), groupId);
		compare(changes, "deadline", date(row.deadline()), date(entry.deadline()));
		compare(changes, "reportingQuarters", spaced(row.reportingQuarters()), numbers(entry.reportingQuarters()));
		return changes;
	}

	private static void compare(List<FieldChange> changes, String field, String from, String to) {
		if (!Objects.equals(from, to)) {
			changes.add(new FieldChange(field, from, to));
		}
	}

	private String businessKey(MeasureEntry entry) {
		return MeasureProcess.businessKey(plan.fiscalYear(), entry.code());
	}

	static String date(LocalDate date) {
		return date == null ? null : ThaiDates.isoBuddhist(date);
	}

	private static String emptyAsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/** "9,10" as stored, "9, 10" as written in a plan. */
	private static String spaced(String commaSeparated) {
		return commaSeparated == null ? null : commaSeparated.replace(",", ", ");
	}

	static String numbers(List<Integer> numbers) {
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/**
	 * The stored steps of one measure lined up with the file's: steps with the same text in the same order are the
	 * same step; between two such, the stored and the written steps are paired in order (a step whose text, group
	 * or due date changed), and what is left over was removed (stored) or added (written). Fields a completed step
	 * leaves out keep their stored values: a completed step's due date does not follow a moved deadline.
	 */
	private final class StepAlignment {

		final List<StepWork> work = new ArrayList<>();
		final List<StepDifference> differences = new ArrayList<>();
		final List<FileError> problems = new ArrayList<>();
		private final MeasureRow measure;
		private final MeasureEntry entry;
		private final String groupId;

		StepAlignment(MeasureRow measure, List<StepRow> stored, MeasureEntry entry, String groupId) {
			this.measure = measure;
			this.entry = entry;
			this.groupId = groupId;
			List<StepEntry> written = entry.steps();
			List<int[]> matched = longestCommonTexts(stored, written);
			matched.add(new int[] { stored.size(), written.size() });
			int i = 0;
			int j = 0;
			for (int[] anchor : matched) {
				boolean tail = anchor[0] == stored.size();
				while (i < anchor[0] && j < anchor[1]) {
					pair(stored.get(i++), written.get(j), ++j);
				}
				while (i < anchor[0]) {
					removed(stored.get(i++));
				}
				while (j < anchor[1]) {
					added(written.get(j), ++j, tail);
				}
				if (!tail) {
					pair(stored.get(i++), written.get(j), ++j);
				}
			}
		}

		boolean changed() {
			return !differences.isEmpty();
		}

		private void pair(StepRow old, StepEntry step, int number) {
			String group = step.group() != null ? groupIds.get(step.group()) : old.isCompleted() ? old.groupId() : groupId;
			LocalDate due = step.due() != null ? step.due() : old.isCompleted() ? old.dueDate() : entry.deadline();
			List<FieldChange> fields = new ArrayList<>();
			compare(fields, "text", old.text(), step.text());
			compare(fields, "group", old.groupId(), group);
			compare(fields, "due", date(old.dueDate()), date(due));
			if (fields.isEmpty()) {
				work.add(new StepWork(null, old, old.text(), old.groupId(), old.dueDate()));
				return;
			}
			if (old.isCompleted()) {
				problems.add(step.place().error(fields.get(0).field(), Wording.of("plan.completedStep", old.position(),
						measure.businessKey(), fields.stream().map(field -> Wording.of("planField.step." + field.field()))
							.collect(Collectors.joining(", ")))));
			}
			work.add(new StepWork(Change.CHANGED, old, step.text(), group, due));
			differences.add(new StepDifference(Change.CHANGED, old.position(), number, step.text(), fields));
		}

		private void removed(StepRow old) {
			if (!"PENDING".equals(old.status())) {
				problems.add(entry.place().error("steps", Wording.of(old.isCompleted() ? "plan.completedStepRemoved"
						: "plan.startedStepRemoved", old.position(), measure.businessKey(), shortened(old.text()))));
			}
			work.add(new StepWork(Change.REMOVED, old, old.text(), old.groupId(), old.dueDate()));
			differences.add(new StepDifference(Change.REMOVED, old.position(), null, old.text(), List.of()));
		}

		private void added(StepEntry step, int number, boolean last) {
			if (!last) {
				problems.add(step.place().error("text",
						Wording.of("plan.newStepLast", measure.businessKey(), shortened(step.text()))));
			}
			String group = step.group() == null ? groupId : groupIds.get(step.group());
			LocalDate due = step.due() == null ? entry.deadline() : step.due();
			work.add(new StepWork(Change.ADDED, null, step.text(), group, due));
			differences.add(new StepDifference(Change.ADDED, null, number, step.text(), List.of()));
		}
	}

	/** Index pairs (stored, written) of the longest sequence of steps with the same text in the same order. */
	private static List<int[]> longestCommonTexts(List<StepRow> stored, List<StepEntry> written) {
		int n = stored.size();
		int m = written.size();
		int[][] length = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				length[i][j] = Objects.equals(stored.get(i).text(), written.get(j).text()) ? length[i + 1][j + 1] + 1
						: Math.max(length[i + 1][j], length[i][j + 1]);
			}
		}
		List<int[]> pairs = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (Objects.equals(stored.get(i).text(), written.get(j).text())) {
				pairs.add(new int[] { i++, j++ });
			}
			else if (length[i + 1][j] >= length[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		return pairs;
	}

	private static String shortened(String text) {
		return text == null || text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}
}
