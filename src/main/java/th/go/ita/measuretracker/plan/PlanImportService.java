package th.go.ita.measuretracker.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.fiscal.Wording;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.ImportResult.Outcome;
import th.go.ita.measuretracker.plan.PlanDiffer.Comparison;
import th.go.ita.measuretracker.plan.PlanDiffer.Stored;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;
import th.go.ita.measuretracker.plan.PlanRepository.MeasureRow;

/**
 * Imports a plan all or nothing: every error is collected before anything is written, and the measures, their
 * steps, the declared groups and the started processes share one transaction. Importing a plan that is already
 * stored (same office, same fiscal year) is an amendment: it is compared with the stored plan (PlanDiffer); the
 * same plan changes nothing, a changed one is applied only with a reason, and never to work that is done.
 */
@Service
@RequiredArgsConstructor
public class PlanImportService {

	private final PlanYamlReader reader;
	private final PlanXlsxReader xlsxReader;
	private final PlanValidator validator;
	private final PlanRepository repository;
	private final PlanVersionRepository versions;
	private final PlanAmender amender;
	private final PlanYamlWriter writer;
	private final IdentityService identity;

	/** Why a plan is changed, and the stored version the change was previewed on (optional). */
	public record Amendment(String reason, Integer baseVersion) {

		public static final Amendment NONE = new Amendment(null, null);

		public Amendment {
			reason = reason == null || reason.isBlank() ? null : reason.strip();
		}
	}

	/** @throws PlanRejectedException listing every error; nothing is then stored or started */
	@Transactional
	public ImportResult importYaml(String yaml, String importedBy) {
		return importYaml(yaml, importedBy, Amendment.NONE);
	}

	/**
	 * @throws PlanAmendmentRequiredException when the plan differs from the stored one and no reason is given
	 * @throws PlanRejectedException when the plan has errors, or would change work that is done
	 */
	@Transactional
	public ImportResult importYaml(String yaml, String importedBy, Amendment amendment) {
		return importPlan(reader.read(yaml), importedBy, null, amendment);
	}

	/** The same, from an XLSX workbook; errors name rows and columns. */
	@Transactional
	public ImportResult importXlsx(byte[] workbook, String importedBy) {
		return importXlsx(workbook, importedBy, Amendment.NONE);
	}

	@Transactional
	public ImportResult importXlsx(byte[] workbook, String importedBy, Amendment amendment) {
		return importPlan(xlsxReader.read(workbook), importedBy, null, amendment);
	}

	/**
	 * A plan a manager made of a draft-measures review (assessment/DraftMeasuresReviewed): as {@link #importYaml},
	 * but only as the plan of {@code organisation} for {@code fiscalYear}, only with existing groups, and never as
	 * an amendment (admins amend plans).
	 */
	@Transactional
	public ImportResult importDraft(String yaml, String importedBy, int fiscalYear, String organisation) {
		return importPlan(reader.read(yaml), importedBy, new DraftScope(fiscalYear, organisation), Amendment.NONE);
	}

	/** What importing this plan would do; changes nothing. */
	@Transactional(readOnly = true)
	public PlanPreview previewYaml(String yaml) {
		return preview(reader.read(yaml));
	}

	@Transactional(readOnly = true)
	public PlanPreview previewXlsx(byte[] workbook) {
		return preview(xlsxReader.read(workbook));
	}

	private record Checked(PlanDocument plan, Map<String, String> groupIds) {
	}

	/** The plan if it has no error, with the id of every group it names. */
	private Checked check(PlanYamlReader.Reading reading, DraftScope scope) {
		List<FileError> errors = new ArrayList<>(reading.errors());
		PlanDocument plan = reading.document();
		if (plan == null) {
			throw new PlanRejectedException(errors);
		}
		Map<String, String> known = knownGroups();
		Map<String, String> groupIds = validator.validate(plan, known, errors);
		if (scope != null) {
			scope.check(plan, known, errors);
		}
		if (plan.officeCode() != null && errors.isEmpty() && repository.organisationsWithOfficeCode(plan.officeCode()).stream()
			.anyMatch(other -> !other.equals(plan.organisation()))) {
			errors.add(plan.place().error("officeCode", Wording.of("plan.officeCodeTaken", plan.officeCode())));
		}
		if (!errors.isEmpty()) {
			throw new PlanRejectedException(errors);
		}
		return new Checked(plan, groupIds);
	}

	private PlanPreview preview(PlanYamlReader.Reading reading) {
		Checked checked = check(reading, null);
		PlanDocument plan = checked.plan();
		Optional<Long> planId = repository.planId(plan.fiscalYear(), plan.organisation());
		Comparison comparison = compare(checked, planId.map(this::stored).orElse(List.of()));
		PlanPreview.Outcome outcome = planId.isEmpty() ? PlanPreview.Outcome.NEW
				: comparison.difference().isEmpty() ? PlanPreview.Outcome.UNCHANGED : PlanPreview.Outcome.CHANGED;
		return new PlanPreview(plan.fiscalYear(), plan.organisation(), outcome, planId.map(versions::current).orElse(0),
				comparison.difference(), comparison.refusals());
	}

	/** @param scope what a reviewed draft may be; {@code null} for an admin's import */
	private ImportResult importPlan(PlanYamlReader.Reading reading, String importedBy, DraftScope scope,
			Amendment amendment) {
		Checked checked = check(reading, scope);
		PlanDocument plan = checked.plan();
		checkReason(amendment);
		Instant now = OfficeTime.now();
		Optional<Long> existing = lockPlan(plan);
		long planId = existing.orElseGet(() -> insertPlan(plan, now, importedBy));
		if (plan.officeCode() != null) {
			repository.setOfficeCode(planId, plan.officeCode());
		}
		List<Stored> before = existing.isPresent() ? stored(planId) : List.of();
		Comparison comparison = compare(checked, before);
		if (existing.isEmpty()) {
			return applied(planId, plan, comparison, importedBy, null, Outcome.IMPORTED, before, now);
		}
		if (!comparison.refusals().isEmpty()) {
			throw PlanRejectedException.amendmentRefused(comparison.refusals());
		}
		int version = versions.current(planId);
		if (comparison.difference().isEmpty()) {
			return new ImportResult(plan.fiscalYear(), plan.organisation(), Outcome.UNCHANGED, version,
					Wording.of("plan.unchanged"), List.of(), businessKeys(before), null);
		}
		if (scope != null) {
			throw new PlanRejectedException(List.of(plan.place().error("fiscalYear",
					Wording.of("plan.draftWouldAmend", plan.fiscalYear()))));
		}
		if (amendment.reason() == null) {
			throw PlanAmendmentRequiredException.noReason(comparison.difference(), version);
		}
		if (amendment.baseVersion() != null && amendment.baseVersion() != version) {
			throw PlanAmendmentRequiredException.changedSincePreview(comparison.difference(), version,
					amendment.baseVersion());
		}
		return applied(planId, plan, comparison, importedBy, amendment.reason(), Outcome.AMENDED, before, now);
	}

	private ImportResult applied(long planId, PlanDocument plan, Comparison comparison, String by, String reason,
			Outcome outcome, List<Stored> before, Instant now) {
		if (!comparison.refusals().isEmpty()) {
			throw new PlanRejectedException(comparison.refusals());
		}
		createDeclaredGroups(plan.groups());
		List<String> started = amender.apply(planId, plan.fiscalYear(), comparison.work(), by, now);
		int version = versions.record(planId, now, by, reason,
				writer.write(plan.fiscalYear(), plan.organisation(), stored(planId), Wording.THAI), comparison.difference());
		return new ImportResult(plan.fiscalYear(), plan.organisation(), outcome, version, null, started,
				businessKeys(before), outcome == Outcome.AMENDED ? comparison.difference() : null);
	}

	private static void checkReason(Amendment amendment) {
		if (amendment.reason() != null && amendment.reason().length() > PlanValidator.REASON) {
			throw new PlanRejectedException(List.of(new FileError(1, "amendmentReason",
					Wording.of("plan.tooLong", PlanValidator.REASON, amendment.reason().length()))));
		}
	}

	private Comparison compare(Checked checked, List<Stored> stored) {
		String organisation = checked.plan().organisation();
		return PlanDiffer.compare(checked.plan(), checked.groupIds(), stored,
				businessKey -> repository.measureOfOffice(businessKey, organisation), OfficeTime.today());
	}

	/** The plan's measures with their steps, as stored now. */
	private List<Stored> stored(long planId) {
		return repository.measuresOfPlan(planId).stream().map(m -> new Stored(m, repository.steps(m.id()))).toList();
	}

	private static List<String> businessKeys(List<Stored> stored) {
		return stored.stream().map(Stored::measure).map(MeasureRow::businessKey).toList();
	}

	/**
	 * Serializes imports of one plan on its row: an amendment is compared with the plan as the one before it left
	 * it. Of two first imports at once, the second waits on the unique key (uq_plan_year_org) until the first
	 * commits and is then refused: its transaction is spoilt on PostgreSQL.
	 */
	private Optional<Long> lockPlan(PlanDocument plan) {
		try {
			return repository.lockPlan(plan.fiscalYear(), plan.organisation());
		}
		catch (TransientDataAccessException ex) { // a lock not granted in time, or a deadlock
			throw new PlanImportConflictException(plan.fiscalYear(), plan.organisation(), ex);
		}
	}

	private long insertPlan(PlanDocument plan, Instant now, String importedBy) {
		try {
			return repository.insertPlan(plan.fiscalYear(), plan.organisation(), now, importedBy);
		}
		catch (DuplicateKeyException | TransientDataAccessException ex) {
			throw new PlanImportConflictException(plan.fiscalYear(), plan.organisation(), ex);
		}
	}

	private Map<String, String> knownGroups() {
		Map<String, String> groups = new HashMap<>();
		for (Group group : identity.createGroupQuery().list()) {
			groups.put(group.getId(), group.getName());
		}
		return groups;
	}

	private void createDeclaredGroups(List<GroupDeclaration> declared) {
		for (GroupDeclaration declaration : declared) {
			if (identity.createGroupQuery().groupId(declaration.id()).count() == 0) {
				Group group = identity.newGroup(declaration.id());
				group.setName(declaration.name());
				group.setType("WORKFLOW");
				identity.saveGroup(group);
			}
		}
	}
}
