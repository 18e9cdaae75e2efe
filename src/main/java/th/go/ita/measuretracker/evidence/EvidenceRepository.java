package th.go.ita.measuretracker.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

@Repository
class EvidenceRepository {

	/** A file is superseded when a later file names it as the one it corrects. */
	private static final String FILE_COLUMNS = """
			select f.*, (select min(n.id) from evidence_file n where n.supersedes_id = f.id) as superseded_by
			from evidence_file f
			""";

	private final JdbcClient jdbc;
	private final SimpleJdbcInsert files;

	EvidenceRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.files = new SimpleJdbcInsert(dataSource).withTableName("evidence_file").usingGeneratedKeyColumns("id");
	}

	/** Where a file belongs: a step of a measure, or a quarter's report of it (version null until submitted). */
	record Owner(long measureId, Integer stepPosition, Integer reportFiscalYear, Integer reportQuarter,
			Integer reportVersion) {

		static Owner step(long measureId, int position) {
			return new Owner(measureId, position, null, null, null);
		}

		static Owner report(long measureId, int fiscalYear, int quarter, Integer version) {
			return new Owner(measureId, null, fiscalYear, quarter, version);
		}

		boolean isStep() {
			return stepPosition != null;
		}
	}

	/** @return the stored row, as {@link #find} would read it (nothing supersedes a new file) */
	FileRow insert(Owner owner, String fileName, EvidenceType type, long size, String sha256, String contentKey,
			String uploadedBy, Instant at, Long supersedes) {
		Map<String, Object> row = new HashMap<>();
		row.put("measure_id", owner.measureId());
		row.put("step_position", owner.stepPosition());
		row.put("report_fiscal_year", owner.reportFiscalYear());
		row.put("report_quarter", owner.reportQuarter());
		row.put("report_version", owner.reportVersion());
		row.put("file_name", fileName);
		row.put("content_type", type.mediaType());
		row.put("size_bytes", size);
		row.put("sha256", sha256);
		row.put("content_key", contentKey);
		row.put("uploaded_by", uploadedBy);
		row.put("uploaded_at", Timestamp.from(at));
		row.put("supersedes_id", supersedes);
		long id = files.executeAndReturnKey(row).longValue();
		return new FileRow(id, owner.measureId(), owner.stepPosition(), owner.reportFiscalYear(), owner.reportQuarter(),
				owner.reportVersion(), fileName, type.mediaType(), size, sha256, contentKey, uploadedBy,
				at.atZone(th.go.ita.measuretracker.fiscal.OfficeTime.ZONE).toOffsetDateTime(), supersedes, null, null, null);
	}

	Optional<FileRow> find(long id) {
		return jdbc.sql(FILE_COLUMNS + " where f.id = ?").param(id).query(FileRow.class).optional();
	}

	List<FileRow> ofMeasure(long measureId) {
		return jdbc.sql(FILE_COLUMNS + """
				where f.measure_id = ?
				order by f.step_position, f.report_fiscal_year, f.report_quarter, f.report_version, f.uploaded_at, f.id""")
			.param(measureId)
			.query(FileRow.class)
			.list();
	}

	void delete(long id) {
		jdbc.sql("delete from evidence_file where id = ?").param(id).update();
	}

	void setPublished(long id, Instant at, String by) {
		jdbc.sql("update evidence_file set published_at = ?, published_by = ? where id = ?")
			.params(at == null ? null : Timestamp.from(at), by, id)
			.update();
	}

	/** The files the group attached since its last submission go with the version it just submitted. */
	int assignVersion(long measureId, int fiscalYear, int quarter, int version) {
		return jdbc.sql("""
				update evidence_file set report_version = ?
				where measure_id = ? and report_fiscal_year = ? and report_quarter = ? and report_version is null""")
			.params(version, measureId, fiscalYear, quarter)
			.update();
	}

	void createQuota(long measureId) {
		jdbc.sql("insert into evidence_quota (measure_id, bytes) values (?, 0)").param(measureId).update();
	}

	/**
	 * Adds {@code bytes} to the measure's total if it stays within {@code max}: one statement, so concurrent uploads
	 * wait for each other's row lock and the second sees the first's bytes.
	 */
	boolean reserve(long measureId, long bytes, long max) {
		return jdbc.sql("update evidence_quota set bytes = bytes + :bytes where measure_id = :measure and bytes + :bytes <= :max")
			.param("bytes", bytes)
			.param("measure", measureId)
			.param("max", max)
			.update() == 1;
	}

	void release(long measureId, long bytes) {
		jdbc.sql("update evidence_quota set bytes = bytes - ? where measure_id = ?").params(bytes, measureId).update();
	}

	record FileRow(long id, long measureId, Integer stepPosition, Integer reportFiscalYear, Integer reportQuarter,
			Integer reportVersion, String fileName, String contentType, long sizeBytes, String sha256, String contentKey,
			String uploadedBy, OffsetDateTime uploadedAt, Long supersedesId, OffsetDateTime publishedAt,
			String publishedBy, Long supersededBy) {

		Owner owner() {
			return new Owner(measureId, stepPosition, reportFiscalYear, reportQuarter, reportVersion);
		}

		boolean superseded() {
			return supersededBy != null;
		}
	}
}
