package th.go.ita.measuretracker.document;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.MeasureView;
import th.go.ita.measuretracker.security.GroupNames;

/** The plans of a fiscal year, office by office, with their measures' steps. */
@Component
@RequiredArgsConstructor
class OfficePlans {

	private final MeasureQueries measures;
	private final GroupNames groups;

	/** Every office with a plan for the year, by name. */
	List<OfficePlan> ofYear(int fiscalYear) {
		Map<String, List<MeasureView>> byOffice = measures.list(fiscalYear).stream()
			.sorted(Comparator.comparingLong(MeasureView::id))
			.collect(Collectors.groupingBy(MeasureView::organisation, LinkedHashMap::new, Collectors.toList()));
		Map<String, String> groupNames = groups.all();
		return byOffice.entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(office -> new OfficePlan(fiscalYear, office.getKey(), office.getValue().get(0).officeCode(),
					office.getValue().stream().map(m -> measures.find(m.id()).orElseThrow()).toList(), groupNames))
			.toList();
	}

	/**
	 * The plan a request means: the one of that office code, or the year's only plan when no code is given.
	 * @return empty when there is none, or several and no code says which
	 */
	Optional<OfficePlan> find(int fiscalYear, String officeCode) {
		List<OfficePlan> plans = ofYear(fiscalYear);
		if (officeCode == null) {
			return plans.size() == 1 ? Optional.of(plans.get(0)) : Optional.empty();
		}
		return plans.stream().filter(plan -> Objects.equals(plan.officeCode(), officeCode)).findFirst();
	}
}
