package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.security.Viewer;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MeasureQueries {

	private final PlanRepository repository;
	private final MeasureMapper mapper;

	/** Measures without their steps, for lists. */
	public List<MeasureView> list(Integer fiscalYear) {
		return list(fiscalYear, null);
	}

	/** @param groups only the measures of these responsible groups; {@code null} for every group */
	public List<MeasureView> list(Integer fiscalYear, Set<String> groups) {
		return repository.measures(fiscalYear, groups).stream().map(row -> mapper.toView(row, List.of())).toList();
	}

	/** Open measures of a fiscal year that report progress in the given quarter, without their steps. */
	public List<MeasureView> openReportingIn(int fiscalYear, int quarter) {
		return repository.openReportingIn(fiscalYear, quarter).stream().map(row -> mapper.toView(row, List.of())).toList();
	}

	public Optional<MeasureView> find(long id) {
		return repository.measure(id).map(row -> mapper.toView(row, repository.steps(row.id())));
	}

	/**
	 * The measure with its steps, for someone who may see it: 404 when there is no such measure, 403 when it
	 * belongs to a group the viewer is not in (managers and admins see every group).
	 */
	public MeasureView findVisible(String businessKey, Viewer viewer) {
		MeasureView measure = find(businessKey)
			.orElseThrow(() -> MeasureNotVisibleException.noSuchMeasure(businessKey));
		if (!viewer.maySee(measure.responsibleGroup())) {
			throw MeasureNotVisibleException.ofAnotherGroup(businessKey);
		}
		return measure;
	}

	/** The measure without its steps: one query. */
	public Optional<MeasureView> summary(long id) {
		return repository.measure(id).map(row -> mapper.toView(row, List.of()));
	}

	/** The measure without its steps, by its business key (FY2567-M1): one query. */
	public Optional<MeasureView> summary(String businessKey) {
		return repository.measure(businessKey).map(row -> mapper.toView(row, List.of()));
	}

	/** Where a step is, by its id (the step process's variable): the measure's business key and the step's position. */
	public Optional<StepLocation> locateStep(long stepId) {
		return repository.step(stepId)
			.flatMap(step -> repository.measure(step.measureId())
				.map(measure -> new StepLocation(measure.businessKey(), step.position())));
	}

	public record StepLocation(String businessKey, int position) {
	}

	public Optional<MeasureView> find(String businessKey) {
		return repository.measure(businessKey).map(row -> mapper.toView(row, repository.steps(row.id())));
	}
}
