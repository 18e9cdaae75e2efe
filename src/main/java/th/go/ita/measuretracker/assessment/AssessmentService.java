package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

	/** The stored assessment of an office's year, for documents (empty when that year was not imported in full). */
	@Transactional(readOnly = true)
	public Optional<AssessmentAnalysis> analysis(String organisation, int fiscalYear) {
		return repository.findFull(organisation, fiscalYear).map(stored -> {
			Map<Integer, BigDecimal> indicators = new TreeMap<>();
			List<AssessmentAnalysis.SubItemScore> subItems = new ArrayList<>();
			for (AssessmentRepository.Score score : repository.scores(stored.id())) {
				int dot = score.code().indexOf('.');
				if (dot < 0) {
					indicators.put(Integer.valueOf(score.code()), AssessmentCalculator.round(score.score()));
				}
				else {
					subItems.add(new AssessmentAnalysis.SubItemScore(Integer.parseInt(score.code().substring(0, dot)),
							score.code(), score.name(), score.score()));
				}
			}
			subItems.sort(Comparator.comparing((AssessmentAnalysis.SubItemScore item) -> item.indicator())
				.thenComparing(item -> Integer.parseInt(item.code().substring(item.code().indexOf('.') + 1))));
			Map<Tool, BigDecimal> points = new EnumMap<>(Map.of(Tool.IIT, stored.iitPoints(), Tool.EIT, stored.eitPoints(),
					Tool.OIT, stored.oitPoints()));
			Map<Tool, Integer> weights = new EnumMap<>(Tool.class);
			for (Tool tool : Tool.values()) {
				weights.put(tool, policy.weight(tool));
			}
			Trend trend = trend(organisation);
			Trend upToThisYear = new Trend(organisation,
					trend.years().stream().filter(year -> year.fiscalYear() <= fiscalYear).toList());
			return new AssessmentAnalysis(fiscalYear, organisation, indicators, subItems, points, weights, stored.total(),
					Grade.valueOf(stored.grade()), Grade.passes(stored.total()), policy.target(),
					repository.discrepancies(stored.id()), upToThisYear);
		});
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
