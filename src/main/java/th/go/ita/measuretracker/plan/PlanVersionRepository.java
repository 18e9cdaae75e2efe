package th.go.ita.measuretracker.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import th.go.ita.measuretracker.plan.PlanDifference.FieldChange;
import th.go.ita.measuretracker.plan.PlanDifference.MeasureDifference;
import th.go.ita.measuretracker.plan.PlanDifference.StepDifference;

/** plan_version and plan_change: every version of a plan, and what each amendment changed. */
@Repository
class PlanVersionRepository {

	/** plan_change's value columns. */
	private static final int VALUE = 4000;

	private final JdbcClient jdbc;
	private final SimpleJdbcInsert versions;
	private final SimpleJdbcInsert changes;

	PlanVersionRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.versions = new SimpleJdbcInsert(dataSource).withTableName("plan_version").usingGeneratedKeyColumns("id");
		this.changes = new SimpleJdbcInsert(dataSource).withTableName("plan_change").usingGeneratedKeyColumns("id");
	}

	/** The plan's newest version number (0 before its first import has been recorded). */
	int current(long planId) {
		return jdbc.sql("select coalesce(max(version), 0) from plan_version where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single();
	}

	/** Records the next version of the plan and what it changed; a first import changes nothing. */
	int record(long planId, Instant at, String by, String reason, String content, PlanDifference difference) {
		int version = current(planId) + 1;
		Map<String, Object> row = new HashMap<>();
		row.put("plan_id", planId);
		row.put("version", version);
		row.put("created_at", Timestamp.from(at));
		row.put("created_by", by == null ? "" : by);
		row.put("reason", reason);
		row.put("content", content);
		long versionId = versions.executeAndReturnKey(row).longValue();
		if (reason == null) {
			return version; // the plan as first imported: the measures' history starts here
		}
		for (MeasureDifference measure : difference.measures()) {
			switch (measure.change()) {
				case ADDED -> change(versionId, measure, "ADDED", null, null, null, measure.title());
				case CANCELLED -> change(versionId, measure, "CANCELLED", null, null, null, measure.reason());
				default -> {
					for (FieldChange field : measure.fields()) {
						change(versionId, measure, "CHANGED", null, field.field(), field.from(), field.to());
					}
					for (StepDifference step : measure.steps()) {
						stepChange(versionId, measure, step);
					}
				}
			}
		}
		return version;
	}

	private void stepChange(long versionId, MeasureDifference measure, StepDifference step) {
		switch (step.change()) {
			case ADDED -> change(versionId, measure, "STEP_ADDED", step.newNumber(), null, null, step.text());
			case REMOVED -> change(versionId, measure, "STEP_REMOVED", step.number(), null, step.text(), null);
			default -> {
				for (FieldChange field : step.fields()) {
					change(versionId, measure, "STEP_CHANGED", step.number(), field.field(), field.from(), field.to());
				}
			}
		}
	}

	private void change(long versionId, MeasureDifference measure, String kind, Integer step, String field, String from,
			String to) {
		Map<String, Object> row = new HashMap<>();
		row.put("version_id", versionId);
		row.put("business_key", measure.businessKey());
		row.put("kind", kind);
		row.put("step_number", step);
		row.put("field", field);
		row.put("old_value", cut(from));
		row.put("new_value", cut(to));
		changes.execute(row);
	}

	private static String cut(String value) {
		return value == null || value.length() <= VALUE ? value : value.substring(0, VALUE - 1) + "…";
	}

	List<VersionRow> versions(int fiscalYear) {
		return jdbc.sql("""
				select v.id, p.organisation, v.version, v.created_at, v.created_by, v.reason
				from plan_version v join plan p on p.id = v.plan_id
				where p.fiscal_year = ?
				order by p.organisation, v.version desc""")
			.param(fiscalYear)
			.query(VersionRow.class)
			.list();
	}

	List<ChangeRow> changesOfYear(int fiscalYear) {
		return jdbc.sql("""
				select c.* from plan_change c
				join plan_version v on v.id = c.version_id join plan p on p.id = v.plan_id
				where p.fiscal_year = ?
				order by c.id""")
			.param(fiscalYear)
			.query(ChangeRow.class)
			.list();
	}

	/** The amendments that changed one measure, newest first. */
	List<VersionRow> versionsChanging(String businessKey) {
		return jdbc.sql("""
				select distinct v.id, p.organisation, v.version, v.created_at, v.created_by, v.reason
				from plan_change c join plan_version v on v.id = c.version_id join plan p on p.id = v.plan_id
				where c.business_key = ?
				order by v.version desc""")
			.param(businessKey)
			.query(VersionRow.class)
			.list();
	}

	List<ChangeRow> changesOf(String businessKey) {
		return jdbc.sql("select * from plan_change where business_key = ? order by id")
			.param(businessKey)
			.query(ChangeRow.class)
			.list();
	}

	/** The plan as it stood after a version, as YAML; {@code null} for a version from before versions were kept. */
	String content(long planId, int version) {
		return jdbc.sql("select content from plan_version where plan_id = ? and version = ?")
			.params(planId, version)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	record VersionRow(long id, String organisation, int version, OffsetDateTime createdAt, String createdBy,
			String reason) {
	}

	record ChangeRow(long id, long versionId, String businessKey, String kind, Integer stepNumber, String field,
			String oldValue, String newValue) {
	}
}
