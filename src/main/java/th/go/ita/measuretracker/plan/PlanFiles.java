package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.plan.PlanDiffer.Stored;
import th.go.ita.measuretracker.plan.PlanRepository.PlanRow;
import th.go.ita.measuretracker.security.GroupNames;

/** The stored plans as files to download: the current plan as YAML or XLSX, and the empty XLSX template. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PlanFiles {

	private final PlanRepository repository;
	private final PlanVersionRepository versions;
	private final PlanYamlWriter yamlWriter;
	private final PlanWorkbook workbook;
	private final GroupNames groupNames;

	/** A stored plan as it stands, for the plans page. */
	record CurrentPlan(long id, int fiscalYear, String organisation, int version, List<Stored> measures) {
	}

	/** The fiscal years that have a plan, newest first. */
	List<Integer> years() {
		return repository.planYears();
	}

	List<CurrentPlan> plans(int fiscalYear) {
		return repository.plansOf(fiscalYear).stream().map(this::current).toList();
	}

	/**
	 * @param organisation {@code null} when the year has one plan only
	 * @return empty when there is no such plan, or several and none was named
	 */
	Optional<CurrentPlan> plan(int fiscalYear, String organisation) {
		List<PlanRow> plans = repository.plansOf(fiscalYear);
		return plans.stream()
			.filter(plan -> organisation == null ? plans.size() == 1 : plan.organisation().equals(organisation))
			.findFirst()
			.map(this::current);
	}

	/** The files speak the reader's language around the plan's own words: comments, headers, instructions. */
	String yaml(int fiscalYear, String organisation, List<Stored> measures) {
		return yamlWriter.write(fiscalYear, organisation, measures, Wording.locale());
	}

	byte[] xlsx(int fiscalYear, String organisation, List<Stored> measures) {
		return workbook.write(fiscalYear, organisation, measures, groups(), Wording.locale());
	}

	byte[] template() {
		return workbook.write(null, null, List.of(), groups(), Wording.locale());
	}

	/** The groups a plan may name: all but Camunda's administrators. */
	private Map<String, String> groups() {
		Map<String, String> groups = groupNames.all();
		groups.remove(Groups.CAMUNDA_ADMIN);
		return groups;
	}

	private CurrentPlan current(PlanRow plan) {
		List<Stored> measures = repository.measuresOfPlan(plan.id()).stream()
			.map(m -> new Stored(m, repository.steps(m.id())))
			.toList();
		return new CurrentPlan(plan.id(), plan.fiscalYear(), plan.organisation(), versions.current(plan.id()), measures);
	}
}
