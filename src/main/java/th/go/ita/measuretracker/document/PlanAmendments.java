package th.go.ita.measuretracker.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.plan.MeasureQueries;
import th.go.ita.measuretracker.plan.PlanText;

/**
 * The amendments of issue 19's plan versions, as a report publishes them: when, what changed (in Thai, the
 * documents' language) and why; never who.
 */
@Component
@RequiredArgsConstructor
class PlanAmendments implements PlanHistory {

	private final th.go.ita.measuretracker.plan.PlanHistory versions;
	private final MeasureQueries measures;
	private final PlanText text;

	@Override
	public List<Amendment> amendments(long measureId, LocalDate from, LocalDate to) {
		String businessKey = measures.find(measureId).orElseThrow().businessKey();
		return versions.amendmentsOf(businessKey).stream()
			.filter(version -> version.reason() != null)
			.flatMap(version -> version.changes().stream().map(change -> new Amendment(
					OfficeTime.dayOf(version.createdAt().toInstant()), text.history(change), version.reason())))
			.filter(amendment -> !amendment.date().isBefore(from) && !amendment.date().isAfter(to))
			.sorted(Comparator.comparing(Amendment::date))
			.toList();
	}
}
