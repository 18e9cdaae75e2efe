package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.intake.FileError;

@Service
@RequiredArgsConstructor
public class AssessmentService {

	static final String REVIEW_PROCESS = "DraftMeasuresReview";

	private final AssessmentYamlReader reader;
	private final AssessmentCalculator calculator;
	private final AssessmentRepository repository;
	private final AssessmentPolicy policy;
	private final RuntimeService runtime;

	/**
	 * Computes, stores and checks an assessment; when indicators fall below target, a manager gets the draft
	 * measures to review in Tasklist (once per office and year).
	 * @throws AssessmentRejectedException listing every error; nothing is then stored
	 */
	@Transactional
	public AssessmentResult importYaml(String yaml) {
		AssessmentYamlReader.Reading reading = reader.read(yaml);
		List<FileError> errors = new ArrayList<>(reading.errors());
		if (!errors.isEmpty() || reading.input() == null) {
			throw new AssessmentRejectedException(errors);
		}
		AssessmentInput input = reading.input();
		AssessmentResult result = calculator.compute(input);
		boolean firstFullImport = repository.find(input.organisation(), input.fiscalYear())
			.map(AssessmentRepository.Summary::summaryOnly)
			.orElse(true);
		Instant now = OfficeTime.now();
		repository.save(input, result, now);
		for (AssessmentInput.PastYear year : input.history()) {
			if (year.fiscalYear() != input.fiscalYear()) {
				BigDecimal total = AssessmentCalculator.round(year.score());
				repository.saveSummaryIfAbsent(input.organisation(), year.fiscalYear(), total, Grade.of(total), now);
			}
		}
		if (firstFullImport && !result.weakIndicators().isEmpty()) {
			String review = runtime.startProcessInstanceByKey(REVIEW_PROCESS, DraftReviewTask.businessKey(input.fiscalYear()),
					Map.of("planYaml", DraftPlan.yaml(result, policy.target()), "organisation", input.organisation()))
				.getId();
			repository.saveDraftReview(review, new AssessmentRepository.DraftReview(input.organisation(), input.fiscalYear() + 1));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public List<Trend> trends() {
		return repository.organisations().stream().map(this::trend).toList();
	}

	@Transactional(readOnly = true)
	public Trend trend(String organisation) {
		List<Trend.Year> years = new ArrayList<>();
		BigDecimal previous = null;
		for (AssessmentRepository.Summary year : repository.years(organisation)) {
			BigDecimal difference = previous == null ? null : year.total().subtract(previous);
			years.add(new Trend.Year(year.fiscalYear(), year.total(), year.grade(), difference,
					difference == null ? null : Trend.direction(difference)));
			previous = year.total();
		}
		return new Trend(organisation, years);
	}
}
