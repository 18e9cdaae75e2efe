package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.plan.PlanDiffer.Stored;
import th.go.ita.measuretracker.plan.PlanFiles.CurrentPlan;
import th.go.ita.measuretracker.plan.PlanRepository.MeasureRow;
import th.go.ita.measuretracker.plan.PlanRepository.StepRow;
import th.go.ita.measuretracker.workflow.MeasureProcess;

/**
 * The end of a fiscal year (30 September): the measures still open are carried over to a draft of next year's plan
 * — next year's stored plan, if there is one, with those measures added — which the office reviews and imports like
 * any plan. The draft changes nothing; importing it starts the measures anew and closes each old one as carried
 * over, with a link both ways (MeasureStarter). A carried-over measure keeps its code, its steps not yet done, and
 * its dates a year later.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class YearEnd {

	private final PlanRepository repository;
	private final PlanFiles files;

	/** The open measures of a plan whose fiscal year has ended. */
	record EndedPlan(int fiscalYear, String organisation, List<MeasureRow> open) {
	}

	/** A draft of next year's plan, as the plan files are written. */
	record Draft(int fiscalYear, String organisation, List<Stored> measures) {
	}

	List<EndedPlan> openMeasuresOfEndedYears() {
		LocalDate today = OfficeTime.today();
		List<EndedPlan> ended = new ArrayList<>();
		for (int year : repository.planYears()) {
			if (!today.isAfter(FiscalYear.of(year).lastDay())) {
				continue;
			}
			for (PlanRepository.PlanRow plan : repository.plansOf(year)) {
				List<MeasureRow> open = repository.measuresOfPlan(plan.id()).stream().filter(MeasureRow::isOpen).toList();
				if (!open.isEmpty()) {
					ended.add(new EndedPlan(year, plan.organisation(), open));
				}
			}
		}
		return ended;
	}

	/**
	 * @param businessKeys the open measures to carry over, of the ended year's plan of {@code organisation}
	 * @return empty when the year has not ended or no such plan has such open measures
	 */
	Optional<Draft> draft(int fiscalYear, String organisation, List<String> businessKeys) {
		if (!OfficeTime.today().isAfter(FiscalYear.of(fiscalYear).lastDay())) {
			return Optional.empty();
		}
		Optional<CurrentPlan> ended = files.plan(fiscalYear, organisation);
		if (ended.isEmpty()) {
			return Optional.empty();
		}
		List<Stored> carried = ended.get().measures().stream()
			.filter(stored -> stored.measure().isOpen() && businessKeys.contains(stored.measure().businessKey()))
			.toList();
		if (carried.isEmpty()) {
			return Optional.empty();
		}
		int next = fiscalYear + 1;
		List<Stored> measures = new ArrayList<>(files.plan(next, ended.get().organisation())
			.map(CurrentPlan::measures).orElse(List.of()));
		Set<String> codes = new HashSet<>(measures.stream().map(s -> s.measure().code()).toList());
		for (Stored stored : carried) {
			measures.add(carriedOver(stored, next, codes));
		}
		return Optional.of(new Draft(next, ended.get().organisation(), measures));
	}

	/** Last year's measure as a measure of {@code year}: its steps not yet done, every date a year later. */
	private static Stored carriedOver(Stored stored, int year, Set<String> taken) {
		MeasureRow m = stored.measure();
		String code = taken.add(m.code()) ? m.code() : m.code() + "-" + m.fiscalYear();
		taken.add(code);
		MeasureRow measure = new MeasureRow(0, code, MeasureProcess.businessKey(year, code), m.title(), m.description(),
				m.indicators(), m.responsibleGroup(), m.deadline().plusYears(1), m.reportingQuarters(), m.stepOrder(), null,
				"OPEN", null, year, m.organisation(), m.officeCode(), 0, 0, null, null, null, m.businessKey(), null);
		List<StepRow> steps = new ArrayList<>();
		for (StepRow step : stored.steps()) {
			if (!step.isCompleted()) {
				steps.add(new StepRow(0, 0, steps.size() + 1, step.text(), step.groupId(), step.dueDate().plusYears(1),
						"PENDING", null, null, null, null, null, null, null, null));
			}
		}
		return new Stored(measure, steps);
	}
}
