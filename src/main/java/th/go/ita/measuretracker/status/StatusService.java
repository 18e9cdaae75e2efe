package th.go.ita.measuretracker.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.security.GroupNames;
import th.go.ita.measuretracker.security.Viewer;

@Service
@Transactional(readOnly = true)
public class StatusService {

	private static final int CACHED_FILTERS = 500;

	private final StatusRepository repository;
	private final GroupNames groupNames;
	private final int atRiskDays;
	private final Recent<CountsKey, List<StatusRepository.Count>> countsCache = new Recent<>(CACHED_FILTERS);
	private final Recent<YearsKey, List<Integer>> yearsCache = new Recent<>(CACHED_FILTERS);

	StatusService(StatusRepository repository, GroupNames groupNames,
			@Value("${measure-tracker.status.at-risk-days:30}") int atRiskDays) {
		this.repository = repository;
		this.groupNames = groupNames;
		this.atRiskDays = atRiskDays;
	}

	public StatusOverview overview(StatusFilter filter, Viewer viewer, int page, int size) {
		LocalDate today = today();
		Collection<String> groups = visibleGroups(viewer);
		Map<String, String> names = groupNames.all();
		List<StatusRepository.Count> counts = counts(filter, groups, today);
		Map<MeasureState, Long> byState = new EnumMap<>(MeasureState.class);
		for (MeasureState state : MeasureState.values()) {
			byState.put(state, 0L);
		}
		Map<String, long[]> byGroup = new TreeMap<>();
		for (StatusRepository.Count count : counts) {
			MeasureState state = MeasureState.valueOf(count.state());
			byState.merge(state, count.measures(), Long::sum);
			if (state.isClosed()) {
				continue; // a cancelled or carried-over measure's steps are no longer the group's work
			}
			long[] totals = byGroup.computeIfAbsent(count.responsibleGroup(), g -> new long[4]);
			totals[0] += count.measures();
			totals[1] += state == MeasureState.DONE ? count.measures() : 0;
			totals[2] += count.stepsDone();
			totals[3] += count.stepsTotal();
		}
		List<StatusOverview.GroupTotal> groupTotals = byGroup.entrySet().stream()
			.map(e -> new StatusOverview.GroupTotal(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0],
					e.getValue()[1], e.getValue()[2], e.getValue()[3]))
			.toList();
		long totalRows = filter.state() == null ? byState.values().stream().mapToLong(Long::longValue).sum()
				: byState.get(filter.state());
		List<StatusRow> rows = page(filter, groups, today, byState, (long) page * size, size).stream()
			.map(row -> toRow(row, names))
			.toList();
		return new StatusOverview(filter, page, size, totalRows, rows, byState, groupTotals,
				monthly(filter, groups));
	}

	/**
	 * The rows from {@code offset}, state after state in the overview's order: the totals say how many rows each
	 * state has, so only the states the page overlaps are read, each from its own index range.
	 */
	private List<StatusRepository.Row> page(StatusFilter filter, Collection<String> groups, LocalDate today,
			Map<MeasureState, Long> byState, long offset, int size) {
		List<StatusRepository.Row> rows = new ArrayList<>();
		long skip = offset;
		for (MeasureState state : MeasureState.values()) {
			long inState = byState.get(state);
			if (filter.state() != null && filter.state() != state) {
				continue;
			}
			if (skip >= inState) {
				skip -= inState;
				continue;
			}
			rows.addAll(repository.bucket(state, filter, groups, today, today.plusDays(atRiskDays), skip,
					size - rows.size()));
			skip = 0;
			if (rows.size() == size) {
				break;
			}
		}
		return rows;
	}

	/**
	 * Totals are the costly part (they read every measure of the year), and they change only when a measure
	 * does: they are kept per filter until status_version moves or the day changes.
	 */
	private List<StatusRepository.Count> counts(StatusFilter filter, Collection<String> groups, LocalDate today) {
		CountsKey key = new CountsKey(new StatusFilter(filter.fiscalYear(), filter.quarter(), filter.group(), null,
				filter.indicator()), groups == null ? null : Set.copyOf(groups), today, repository.version());
		return countsCache.get(key, () -> repository.counts(filter, groups, today, today.plusDays(atRiskDays)));
	}

	private record CountsKey(StatusFilter filter, Set<String> groups, LocalDate today, long version) {
	}

	/**
	 * The fiscal years with measures the viewer may see, latest first: the overview opens on the first, and an
	 * empty year links to them. Kept like the totals, until status_version moves.
	 */
	public List<Integer> yearsWithMeasures(Viewer viewer) {
		Collection<String> groups = visibleGroups(viewer);
		YearsKey key = new YearsKey(groups == null ? null : Set.copyOf(groups), repository.version());
		return yearsCache.get(key, () -> repository.yearsWithMeasures(groups));
	}

	/** The year to show when none is asked for: the latest with measures (a plan is often for a past year). */
	public int defaultYear(Viewer viewer) {
		List<Integer> years = yearsWithMeasures(viewer);
		return years.isEmpty() ? FiscalYear.containing(today()).buddhistYear() : years.get(0);
	}

	private record YearsKey(Set<String> groups, long version) {
	}

	/** The filter a query string asks for, in the year it names or else {@link #defaultYear}. */
	StatusFilter filter(StatusParams params, Viewer viewer) {
		return params.toFilter(() -> defaultYear(viewer));
	}

	/** The most recently used entries, at most {@code capacity}; read and filled by concurrent requests. */
	private static final class Recent<K, V> {

		private final Map<K, V> entries;

		Recent(int capacity) {
			entries = new LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
					return size() > capacity;
				}
			};
		}

		V get(K key, Supplier<V> load) {
			synchronized (entries) {
				V cached = entries.get(key);
				if (cached != null) {
					return cached;
				}
			}
			V loaded = load.get();
			synchronized (entries) {
				entries.put(key, loaded);
			}
			return loaded;
		}
	}

	/** Every row of the filter, in the overview's order, for the exports. */
	public void forEachRow(StatusFilter filter, Viewer viewer, Consumer<StatusRow> consumer) {
		LocalDate today = today();
		Map<String, String> names = groupNames.all();
		repository.each(filter, visibleGroups(viewer), today, today.plusDays(atRiskDays),
				row -> consumer.accept(toRow(row, names)));
	}

	public int atRiskDays() {
		return atRiskDays;
	}

	/** The twelve months of the fiscal year, October first, with the steps completed in each, named for the reader. */
	private List<StatusOverview.MonthTotal> monthly(StatusFilter filter, Collection<String> groups) {
		Map<LocalDate, Long> counts = new LinkedHashMap<>();
		LocalDate first = FiscalYear.of(filter.fiscalYear()).firstDay();
		for (int i = 0; i < 12; i++) {
			counts.put(first.plusMonths(i), 0L);
		}
		for (StatusRepository.MonthCount month : repository.stepsCompletedByMonth(filter.fiscalYear(), filter.group(), groups)) {
			counts.computeIfPresent(month.monthStart(), (m, c) -> c + month.completed());
		}
		List<StatusOverview.MonthTotal> months = new ArrayList<>();
		counts.forEach((month, count) -> months
			.add(new StatusOverview.MonthTotal(ThaiDates.month(month, Wording.locale()), count)));
		return months;
	}

	private static Collection<String> visibleGroups(Viewer viewer) {
		return viewer.seesEverything() ? null : viewer.groups();
	}

	private static StatusRow toRow(StatusRepository.Row row, Map<String, String> names) {
		return new StatusRow(row.businessKey(), row.code(), row.title(), row.responsibleGroup(),
				names.getOrDefault(row.responsibleGroup(), row.responsibleGroup()), row.deadline(),
				ThaiDates.date(row.deadline(), Wording.THAI), row.stepsDone(), row.stepsTotal(), row.reportFiscalYear(),
				row.reportQuarter(), row.reportProgress(), row.reportState(), MeasureState.valueOf(row.state()),
				row.evidenceCount());
	}

	private static LocalDate today() {
		return OfficeTime.today();
	}
}
