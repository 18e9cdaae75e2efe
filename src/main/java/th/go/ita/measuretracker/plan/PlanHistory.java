package th.go.ita.measuretracker.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.plan.PlanVersionRepository.ChangeRow;
import th.go.ita.measuretracker.plan.PlanVersionRepository.VersionRow;

/** Every version of the plans, who made it, when and why, and what each amendment changed. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PlanHistory {

	private final PlanVersionRepository versions;

	/**
	 * One change an amendment made to a measure: kind ADDED, CHANGED (a field), CANCELLED, STEP_ADDED, STEP_CHANGED
	 * (a field of step {@code step}) or STEP_REMOVED; values as written in a plan file.
	 */
	public record ChangeView(String businessKey, String kind, Integer step, String field, String from, String to) {
	}

	/** @param reason {@code null} for the plan as first imported */
	public record VersionView(String organisation, int version, OffsetDateTime createdAt, String createdBy,
			String reason, List<ChangeView> changes) {
	}

	/** The versions of every plan of a fiscal year, newest first per office. */
	public List<VersionView> versions(int fiscalYear) {
		Map<Long, List<ChangeView>> changes = versions.changesOfYear(fiscalYear).stream()
			.collect(Collectors.groupingBy(ChangeRow::versionId, Collectors.mapping(PlanHistory::view, Collectors.toList())));
		return versions.versions(fiscalYear).stream().map(v -> view(v, changes.getOrDefault(v.id(), List.of()))).toList();
	}

	/** The amendments that changed one measure (its own changes only), newest first. */
	public List<VersionView> amendmentsOf(String businessKey) {
		Map<Long, List<ChangeView>> changes = versions.changesOf(businessKey).stream()
			.collect(Collectors.groupingBy(ChangeRow::versionId, Collectors.mapping(PlanHistory::view, Collectors.toList())));
		return versions.versionsChanging(businessKey).stream()
			.map(v -> view(v, changes.getOrDefault(v.id(), List.of())))
			.toList();
	}

	private static VersionView view(VersionRow version, List<ChangeView> changes) {
		return new VersionView(version.organisation(), version.version(), version.createdAt(), version.createdBy(),
				version.reason(), changes);
	}

	private static ChangeView view(ChangeRow change) {
		return new ChangeView(change.businessKey(), change.kind(), change.stepNumber(), change.field(), change.oldValue(),
				change.newValue());
	}
}
