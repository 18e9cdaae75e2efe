package th.go.ita.measuretracker.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MeasureQueries {

	private final PlanRepository repository;
	private final MeasureMapper mapper;

	MeasureQueries(PlanRepository repository, MeasureMapper mapper) {
		this.repository = repository;
		this.mapper = mapper;
	}

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

	public Optional<MeasureView> find(String businessKey) {
		return repository.measure(businessKey).map(row -> mapper.toView(row, repository.steps(row.id())));
	}
}
