package th.go.ita.measuretracker.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import th.go.ita.measuretracker.plan.PlanDocument.MeasureEntry;
import th.go.ita.measuretracker.workflow.StepReport;

@Repository
class PlanRepository {

	private static final String MEASURE_COLUMNS = """
			select m.*, p.fiscal_year, p.organisation, p.office_code,
			  (select count(*) from step s where s.measure_id = m.id and s.status <> 'REMOVED') as steps_total,
			  (select count(*) from step s where s.measure_id = m.id and s.status = 'COMPLETED') as steps_done
			from measure m join plan p on p.id = m.plan_id
			""";

	private final JdbcClient jdbc;
	private final SimpleJdbcInsert plans;
	private final SimpleJdbcInsert measures;
	private final SimpleJdbcInsert steps;

	PlanRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.plans = new SimpleJdbcInsert(dataSource).withTableName("plan").usingGeneratedKeyColumns("id");
		this.measures = new SimpleJdbcInsert(dataSource).withTableName("measure").usingGeneratedKeyColumns("id");
		this.steps = new SimpleJdbcInsert(dataSource).withTableName("step").usingGeneratedKeyColumns("id");
	}

	/**
	 * The plan's id, its row locked until the transaction ends: imports of the same plan then run one after the
	 * other, and the later one sees the measures the earlier one stored.
	 */
	Optional<Long> lockPlan(int fiscalYear, String organisation) {
		return jdbc.sql("select id from plan where fiscal_year = ? and organisation = ? for update")
			.params(fiscalYear, organisation)
			.query(Long.class)
			.optional();
	}

	long insertPlan(int fiscalYear, String organisation, Instant importedAt, String importedBy) {
		return plans.executeAndReturnKey(Map.of("fiscal_year", fiscalYear, "organisation", organisation, "imported_at",
				Timestamp.from(importedAt), "imported_by", importedBy == null ? "" : importedBy)).longValue();
	}

	/** A plan imported again with its office code gets it (plans imported before codes existed, the demo's). */
	void setOfficeCode(long planId, String officeCode) {
		jdbc.sql("update plan set office_code = ? where id = ?").params(officeCode, planId).update();
	}

	/** The offices that already use this code: one office may use it, for all of its years. */
	List<String> organisationsWithOfficeCode(String officeCode) {
		return jdbc.sql("select distinct organisation from plan where office_code = ?").param(officeCode).query(String.class).list();
	}

	Set<String> measureCodes(long planId) {
		return new HashSet<>(jdbc.sql("select code from measure where plan_id = ?").param(planId).query(String.class).list());
	}

	long insertMeasure(long planId, String businessKey, MeasureEntry m, String groupId) {
		return measures.executeAndReturnKey(Map.ofEntries(Map.entry("plan_id", planId), Map.entry("code", m.code()),
				Map.entry("business_key", businessKey), Map.entry("title", m.title()),
				Map.entry("description", m.description() == null ? "" : m.description()),
				Map.entry("indicators", join(m.indicators())), Map.entry("responsible_group", groupId),
				Map.entry("deadline", m.deadline()), Map.entry("reporting_quarters", join(m.reportingQuarters())),
				Map.entry("step_order", m.stepOrder().name()), Map.entry("status", "OPEN")))
			.longValue();
	}

	long insertStep(long measureId, int position, String text, String groupId, LocalDate due) {
		return steps.executeAndReturnKey(Map.of("measure_id", measureId, "position", position, "text", text,
				"group_id", groupId, "due_date", due, "status", "PENDING")).longValue();
	}

	void setProcessInstance(long measureId, String processInstanceId) {
		jdbc.sql("update measure set process_instance_id = ? where id = ?").params(processInstanceId, measureId).update();
	}

	Optional<StepRow> step(long stepId) {
		return jdbc.sql("select * from step where id = ?").param(stepId).query(StepRow.class).optional();
	}

	/**
	 * The measure's steps in plan order, without those an amendment removed, numbered 1, 2, … as in the plan file
	 * (a removed step leaves a gap in the stored positions).
	 */
	List<StepRow> steps(long measureId) {
		List<StepRow> rows = jdbc.sql("select * from step where measure_id = ? and status <> 'REMOVED' order by position")
			.param(measureId)
			.query(StepRow.class)
			.list();
		List<StepRow> numbered = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			numbered.add(rows.get(i).numbered(i + 1));
		}
		return numbered;
	}

	/** The position after every step the measure ever had: an added step goes last. */
	int nextStepPosition(long measureId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from step where measure_id = ?")
			.param(measureId)
			.query(Integer.class)
			.single();
	}

	/** Every measure of a plan, in the plan's order (the order they were imported and added in). */
	List<MeasureRow> measuresOfPlan(long planId) {
		return jdbc.sql(MEASURE_COLUMNS + " where m.plan_id = ? order by m.id").param(planId).query(MeasureRow.class).list();
	}

	Optional<Long> planId(int fiscalYear, String organisation) {
		return jdbc.sql("select id from plan where fiscal_year = ? and organisation = ?")
			.params(fiscalYear, organisation)
			.query(Long.class)
			.optional();
	}

	/** The plans of a fiscal year (one per office), by name. */
	List<PlanRow> plansOf(int fiscalYear) {
		return jdbc.sql("select id, fiscal_year, organisation from plan where fiscal_year = ? order by organisation")
			.param(fiscalYear)
			.query(PlanRow.class)
			.list();
	}

	/** The fiscal years that have a plan, newest first. */
	List<Integer> planYears() {
		return jdbc.sql("select distinct fiscal_year from plan order by fiscal_year desc").query(Integer.class).list();
	}

	void updateMeasure(long measureId, MeasureEntry m, String groupId) {
		jdbc.sql("""
				update measure set title = ?, description = ?, indicators = ?, responsible_group = ?, deadline = ?,
				  reporting_quarters = ?
				where id = ?""")
			.params(m.title(), m.description() == null ? "" : m.description(), join(m.indicators()), groupId,
					m.deadline(), join(m.reportingQuarters()), measureId)
			.update();
	}

	void updateStep(long stepId, String text, String groupId, LocalDate due) {
		jdbc.sql("update step set text = ?, group_id = ?, due_date = ? where id = ?")
			.params(text, groupId, due, stepId)
			.update();
	}

	void markStepRemoved(long stepId) {
		jdbc.sql("update step set status = 'REMOVED' where id = ? and status = 'PENDING'").param(stepId).update();
	}

	/** Closes an open measure that will not be done: cancelled, or carried over to next year's plan. */
	void closeMeasure(long measureId, String status, String reason, Instant at, String by) {
		jdbc.sql("""
				update measure set status = ?, closed_reason = ?, closed_at = ?, closed_by = ?
				where id = ? and status = 'OPEN'""")
			.params(status, reason, Timestamp.from(at), by, measureId)
			.update();
	}

	void linkCarriedOver(long fromMeasureId, String fromBusinessKey, long toMeasureId, String toBusinessKey) {
		jdbc.sql("update measure set carried_over_to = ? where id = ?").params(toBusinessKey, fromMeasureId).update();
		jdbc.sql("update measure set carried_over_from = ? where id = ?").params(fromBusinessKey, toMeasureId).update();
	}

	/** The step a task was created for; a step that is already done has no open task. */
	Optional<StepRow> activeStepOfTask(String taskId) {
		return jdbc.sql("select * from step where task_id = ? and status = 'ACTIVE'").param(taskId).query(StepRow.class).optional();
	}

	void markStepStarted(long stepId, String taskId, Instant at) {
		jdbc.sql("update step set status = 'ACTIVE', task_id = ?, started_at = ? where id = ?")
			.params(taskId, Timestamp.from(at), stepId)
			.update();
	}

	void markStepCompleted(long stepId, String completedBy, Instant at, StepReport report) {
		jdbc.sql("""
				update step set status = 'COMPLETED', completed_by = ?, completed_at = ?,
				  what_done = ?, date_done = ?, evidence_links = ?, note = ?
				where id = ?""")
			.params(completedBy, Timestamp.from(at), report.whatDone(), report.dateDone(), report.evidenceLinks(),
					report.note(), stepId)
			.update();
	}

	void markMeasureCompleted(long measureId, Instant at) {
		jdbc.sql("update measure set status = 'COMPLETED', completed_at = ? where id = ?")
			.params(Timestamp.from(at), measureId)
			.update();
	}

	/** @param groups only measures of these responsible groups; {@code null} for all */
	List<MeasureRow> measures(Integer fiscalYear, Set<String> groups) {
		return jdbc.sql(MEASURE_COLUMNS + """
				where (cast(:year as integer) is null or p.fiscal_year = :year)
				  and (:allGroups or m.responsible_group in (:groups))
				order by p.fiscal_year, m.deadline, m.code""")
			.param("year", fiscalYear)
			.param("allGroups", groups == null)
			.param("groups", groups == null || groups.isEmpty() ? List.of("") : groups)
			.query(MeasureRow.class)
			.list();
	}

	/** Open measures of fiscal year {@code fiscalYear} that report in {@code quarter}. */
	List<MeasureRow> openReportingIn(int fiscalYear, int quarter) {
		return jdbc.sql(MEASURE_COLUMNS + """
				where p.fiscal_year = ? and m.status = 'OPEN'
				  and concat(',', m.reporting_quarters, ',') like ?
				order by m.id""")
			.params(fiscalYear, "%," + quarter + ",%")
			.query(MeasureRow.class)
			.list();
	}

	Optional<MeasureRow> measure(long id) {
		return jdbc.sql(MEASURE_COLUMNS + " where m.id = ?").param(id).query(MeasureRow.class).optional();
	}

	Optional<MeasureRow> measure(String businessKey) {
		return jdbc.sql(MEASURE_COLUMNS + " where m.business_key = ?")
			.param(businessKey)
			.query(MeasureRow.class)
			.optional();
	}

	/** A measure of one office's plans: a business key (FY2567-M1) is unique only within an office. */
	Optional<MeasureRow> measureOfOffice(String businessKey, String organisation) {
		return jdbc.sql(MEASURE_COLUMNS + " where m.business_key = ? and p.organisation = ?")
			.params(businessKey, organisation)
			.query(MeasureRow.class)
			.optional();
	}

	private static String join(List<Integer> numbers) {
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	record PlanRow(long id, int fiscalYear, String organisation) {
	}

	record MeasureRow(long id, String code, String businessKey, String title, String description, String indicators,
			String responsibleGroup, LocalDate deadline, String reportingQuarters, String stepOrder,
			String processInstanceId, String status, OffsetDateTime completedAt, int fiscalYear, String organisation,
			String officeCode, int stepsTotal, int stepsDone, String closedReason, OffsetDateTime closedAt, String closedBy,
			String carriedOverFrom, String carriedOverTo) {

		boolean isOpen() {
			return "OPEN".equals(status);
		}
	}

	/** @param position the step's number in the plan (1, 2, …); the stored position may have gaps */
	record StepRow(long id, long measureId, int position, String text, String groupId, LocalDate dueDate, String status,
			String taskId, OffsetDateTime startedAt, OffsetDateTime completedAt, String completedBy, String whatDone,
			LocalDate dateDone, String evidenceLinks, String note) {

		StepRow numbered(int number) {
			return new StepRow(id, measureId, number, text, groupId, dueDate, status, taskId, startedAt, completedAt,
					completedBy, whatDone, dateDone, evidenceLinks, note);
		}

		boolean isCompleted() {
			return "COMPLETED".equals(status);
		}
	}
}
