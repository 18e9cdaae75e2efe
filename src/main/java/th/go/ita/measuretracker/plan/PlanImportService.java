package th.go.ita.measuretracker.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.intake.FileError;
import th.go.ita.measuretracker.plan.PlanDocument.GroupDeclaration;
import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.plan.PlanDocument.StepEntry;
import th.go.ita.measuretracker.workflow.MeasureProcess;
import th.go.ita.measuretracker.workflow.MeasureProcesses;

/**
 * Imports a plan all or nothing: every error is collected before anything is written, and the measures, their
 * steps, the declared groups and the started processes share one transaction.
 */
@Service
@RequiredArgsConstructor
public class PlanImportService {

	private final PlanYamlReader reader;
	private final PlanXlsxReader xlsxReader;
	private final PlanValidator validator;
	private final PlanRepository repository;
	private final MeasureProcesses processes;
	private final IdentityService identity;
	private final ApplicationEventPublisher events;

	/** @throws PlanRejectedException listing every error; nothing is then stored or started */
	@Transactional
	public ImportResult importYaml(String yaml, String importedBy) {
		return importPlan(reader.read(yaml), importedBy, null);
	}

	/** The same, from an XLSX workbook; errors name rows and columns. */
	@Transactional
	public ImportResult importXlsx(byte[] workbook, String importedBy) {
		return importPlan(xlsxReader.read(workbook), importedBy, null);
	}

	/**
	 * A plan a manager made of a draft-measures review (assessment/DraftMeasuresReviewed): as {@link #importYaml},
	 * but only as the plan of {@code organisation} for {@code fiscalYear}, and only with existing groups.
	 */
	@Transactional
	public ImportResult importDraft(String yaml, String importedBy, int fiscalYear, String organisation) {
		return importPlan(reader.read(yaml), importedBy, new DraftScope(fiscalYear, organisation));
	}

	/** @param scope what a reviewed draft may be; {@code null} for an admin's import */
	private ImportResult importPlan(PlanYamlReader.Reading reading, String importedBy, DraftScope scope) {
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
			errors.add(plan.place().error("officeCode", "'" + plan.officeCode() + "' is another office's code"));
		}
		if (!errors.isEmpty()) {
			throw new PlanRejectedException(errors);
		}
		Instant now = OfficeTime.now();
		long planId = lockOrInsertPlan(plan, now, importedBy);
		if (plan.officeCode() != null) {
			repository.setOfficeCode(planId, plan.officeCode());
		}
		createDeclaredGroups(plan.groups());
		Set<String> existing = repository.measureCodes(planId);
		List<String> started = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (MeasureEntry measure : plan.measures()) {
			String businessKey = MeasureProcess.businessKey(plan.fiscalYear(), measure.code());
			if (existing.contains(measure.code())) {
				skipped.add(businessKey);
				continue;
			}
			String groupId = groupIds.get(measure.responsibleGroup());
			long measureId = repository.insertMeasure(planId, businessKey, measure, groupId);
			int position = 1;
			for (StepEntry step : measure.steps()) {
				String stepGroup = step.group() == null ? groupId : groupIds.get(step.group());
				repository.insertStep(measureId, position++, step, stepGroup,
						step.due() == null ? measure.deadline() : step.due());
			}
			events.publishEvent(new MeasurePlanned(measureId, plan.fiscalYear(), businessKey, measure.code(),
					measure.title(), groupId, measure.deadline(), measure.indicators(), measure.reportingQuarters(),
					measure.steps().size()));
			String processInstanceId = processes.start(measureId, plan.fiscalYear(), measure.code(), measure.title(),
					measure.stepOrder() == StepOrder.SEQUENTIAL);
			repository.setProcessInstance(measureId, processInstanceId);
			started.add(businessKey);
		}
		return new ImportResult(plan.fiscalYear(), plan.organisation(), started, skipped);
	}

	/**
	 * Serializes imports of one plan on its row. Of two first imports at once, the second waits on the unique key
	 * (uq_plan_year_org) until the first commits and is then refused: its transaction is spoilt on PostgreSQL.
	 */
	private long lockOrInsertPlan(PlanDocument plan, Instant now, String importedBy) {
		try {
			return repository.lockPlan(plan.fiscalYear(), plan.organisation())
				.orElseGet(() -> repository.insertPlan(plan.fiscalYear(), plan.organisation(), now, importedBy));
		}
		catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
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
