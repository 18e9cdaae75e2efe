package th.go.ita.measuretracker.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

import th.go.ita.measuretracker.assessment.AssessmentInput.IndicatorScore;
import th.go.ita.measuretracker.assessment.AssessmentInput.SubItem;

@Repository
class AssessmentRepository {

	private final JdbcClient jdbc;
	private final SimpleJdbcInsert assessments;

	AssessmentRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.assessments = new SimpleJdbcInsert(dataSource).withTableName("assessment").usingGeneratedKeyColumns("id");
	}

	record Summary(int fiscalYear, BigDecimal total, String grade, boolean summaryOnly) {
	}

	Optional<Summary> find(String organisation, int fiscalYear) {
		return jdbc.sql("select fiscal_year, total, grade, summary_only from assessment where organisation = ? and fiscal_year = ?")
			.params(organisation, fiscalYear)
			.query(Summary.class)
			.optional();
	}

	/** Replaces what was known of that year (a correction, or a summary now known in full). */
	long save(AssessmentInput input, AssessmentResult result, Instant at) {
		delete(input.organisation(), input.fiscalYear());
		long id = assessments.executeAndReturnKey(Map.of("organisation", input.organisation(), "fiscal_year",
				input.fiscalYear(), "summary_only", false, "total", result.total(), "grade", result.grade().name(),
				"iit_points", result.toolPoints().get(Tool.IIT), "eit_points", result.toolPoints().get(Tool.EIT),
				"oit_points", result.toolPoints().get(Tool.OIT), "imported_at", Timestamp.from(at)))
			.longValue();
		for (IndicatorScore indicator : input.indicators()) {
			score(id, String.valueOf(indicator.number()), Indicators.name(indicator.number()),
					result.indicatorScores().get(indicator.number()));
			for (SubItem item : indicator.subItems()) {
				score(id, item.code(), item.name(), item.score());
			}
		}
		for (AssessmentResult.Discrepancy d : result.discrepancies()) {
			jdbc.sql("insert into assessment_discrepancy (assessment_id, field, source, stated, computed) values (?, ?, ?, ?, ?)")
				.params(id, d.field(), d.source(), d.stated(), d.computed())
				.update();
		}
		return id;
	}

	/** Records an earlier year from a document's table, unless that year is already known. */
	void saveSummaryIfAbsent(String organisation, int fiscalYear, BigDecimal total, Grade grade, Instant at) {
		if (find(organisation, fiscalYear).isEmpty()) {
			assessments.execute(Map.of("organisation", organisation, "fiscal_year", fiscalYear, "summary_only", true,
					"total", total, "grade", grade.name(), "imported_at", Timestamp.from(at)));
		}
	}

	List<Summary> years(String organisation) {
		return jdbc.sql("select fiscal_year, total, grade, summary_only from assessment where organisation = ? order by fiscal_year")
			.param(organisation)
			.query(Summary.class)
			.list();
	}

	List<String> organisations() {
		return jdbc.sql("select distinct organisation from assessment order by organisation").query(String.class).list();
	}

	/** A year imported in full: its id and tool points, as stored. */
	record Stored(long id, int fiscalYear, String organisation, BigDecimal total, String grade, BigDecimal iitPoints,
			BigDecimal eitPoints, BigDecimal oitPoints) {
	}

	Optional<Stored> findFull(String organisation, int fiscalYear) {
		return jdbc.sql("""
				select id, fiscal_year, organisation, total, grade, iit_points, eit_points, oit_points from assessment
				where organisation = ? and fiscal_year = ? and summary_only = false""")
			.params(organisation, fiscalYear)
			.query(Stored.class)
			.optional();
	}

	/** Indicators (code "1" to "10") and sub-items ("9.5"), as computed and imported. */
	record Score(String code, String name, BigDecimal score) {
	}

	List<Score> scores(long assessmentId) {
		return jdbc.sql("select code, name, score from assessment_score where assessment_id = ?")
			.param(assessmentId)
			.query(Score.class)
			.list();
	}

	List<AssessmentResult.Discrepancy> discrepancies(long assessmentId) {
		return jdbc.sql("select field, source, stated, computed from assessment_discrepancy where assessment_id = ? order by id")
			.param(assessmentId)
			.query(AssessmentResult.Discrepancy.class)
			.list();
	}

	/** The plan a draft-measures review may import: its office and fiscal year. */
	record DraftReview(String organisation, int fiscalYear) {
	}

	void saveDraftReview(String processInstanceId, DraftReview draft) {
		jdbc.sql("insert into draft_review (process_instance_id, organisation, fiscal_year) values (?, ?, ?)")
			.params(processInstanceId, draft.organisation(), draft.fiscalYear())
			.update();
	}

	Optional<DraftReview> draftReview(String processInstanceId) {
		return jdbc.sql("select organisation, fiscal_year from draft_review where process_instance_id = ?")
			.param(processInstanceId)
			.query(DraftReview.class)
			.optional();
	}

	private void score(long assessmentId, String code, String name, BigDecimal score) {
		jdbc.sql("insert into assessment_score (assessment_id, code, name, score) values (?, ?, ?, ?)")
			.params(assessmentId, code, name, score)
			.update();
	}

	private void delete(String organisation, int fiscalYear) {
		jdbc.sql("delete from assessment where organisation = ? and fiscal_year = ?").params(organisation, fiscalYear)
			.update();
	}
}
