package th.go.ita.measuretracker.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Document versions. Their files are inserted once and no statement here changes them; a version's status moves
 * once, from DRAFT (only) to APPROVED or RETURNED.
 */
@Repository
@RequiredArgsConstructor
class DocumentRepository {

	private static final String COLUMNS = """
			select id, kind, fiscal_year, organisation, office_code, version, title, status, docx_sha256, pdf_sha256,
			  prepared_by, prepared_at, period_start, period_end, process_instance_id, decided_by, decided_at, decision_comment
			from ita_document""";

	private final JdbcClient jdbc;

	/** A version to store; its files' hashes are computed here, from the very bytes stored. */
	record NewVersion(DocumentKind kind, OfficePlan plan, String title, LocalDate periodStart, LocalDate periodEnd,
			DocumentFiles.Files files, List<String> links, String preparedBy, Instant preparedAt) {
	}

	/**
	 * @return the new version's id
	 * @throws org.springframework.dao.DuplicateKeyException when a draft of this document awaits approval already, or
	 *         another request stored the same version number first
	 */
	long insertDraft(NewVersion v) {
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from ita_document where kind = ? and fiscal_year = ? and organisation = ?")
			.params(v.kind().name(), v.plan().fiscalYear(), v.plan().organisation())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into ita_document (kind, fiscal_year, organisation, office_code, version, title, status, pending_key,
				  docx, pdf, docx_sha256, pdf_sha256, prepared_by, prepared_at, period_start, period_end)
				values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(v.kind().name(), v.plan().fiscalYear(), v.plan().organisation(), v.plan().officeCode(), version,
					v.title(), pendingKey(v.kind(), v.plan()), v.files().docx(), v.files().pdf(),
					Sha256.hex(v.files().docx()), Sha256.hex(v.files().pdf()), v.preparedBy(), Timestamp.from(v.preparedAt()),
					v.periodStart(), v.periodEnd())
			.update();
		long id = jdbc.sql("select id from ita_document where kind = ? and fiscal_year = ? and organisation = ? and version = ?")
			.params(v.kind().name(), v.plan().fiscalYear(), v.plan().organisation(), version)
			.query(Long.class)
			.single();
		for (String link : v.links()) {
			jdbc.sql("insert into document_link (document_id, url) values (?, ?)").params(id, link).update();
		}
		return id;
	}

	/** The links of the approved versions, and the documents each is in. */
	List<LinkedDocument> approvedLinks() {
		return jdbc.sql("""
				select l.url, d.id, d.title, d.version from document_link l join ita_document d on d.id = l.document_id
				where d.status = 'APPROVED' order by l.url, d.id""")
			.query(LinkedDocument.class)
			.list();
	}

	record LinkedDocument(String url, long id, String title, int version) {
	}

	Optional<DocumentVersion> pendingDraft(DocumentKind kind, OfficePlan plan) {
		return jdbc.sql(COLUMNS + " where pending_key = ?").param(pendingKey(kind, plan)).query(DocumentVersion.class).optional();
	}

	void setProcessInstance(long id, String processInstanceId) {
		jdbc.sql("update ita_document set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
	}

	/** @return whether the version was a draft and is now decided */
	boolean decide(long id, String status, String decidedBy, Instant at, String comment) {
		return jdbc.sql("""
				update ita_document set status = ?, pending_key = null, decided_by = ?, decided_at = ?, decision_comment = ?
				where id = ? and status = 'DRAFT'""")
			.params(status, decidedBy, Timestamp.from(at), comment, id)
			.update() == 1;
	}

	Optional<DocumentVersion> find(long id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(DocumentVersion.class).optional();
	}

	/** @param officeCode only this office's; {@code null} for every office's */
	List<DocumentVersion> ofYear(int fiscalYear, String officeCode) {
		return jdbc.sql(COLUMNS + " where fiscal_year = ? and (cast(? as varchar(32)) is null or office_code = ?) order by kind, version")
			.params(fiscalYear, officeCode, officeCode)
			.query(DocumentVersion.class)
			.list();
	}

	Optional<byte[]> file(long id, FileFormat format) {
		return jdbc.sql("select " + format.column() + " from ita_document where id = ?")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	void savePublicationForm(long documentId, DocumentFiles.Files files, Instant at) {
		jdbc.sql("insert into publication_form (document_id, docx, pdf, created_at) values (?, ?, ?, ?)")
			.params(documentId, files.docx(), files.pdf(), Timestamp.from(at))
			.update();
	}

	Optional<byte[]> publicationForm(long documentId, FileFormat format) {
		return jdbc.sql("select " + format.column() + " from publication_form where document_id = ?")
			.param(documentId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	private static String pendingKey(DocumentKind kind, OfficePlan plan) {
		return kind + "|" + plan.fiscalYear() + "|" + plan.organisation();
	}
}
