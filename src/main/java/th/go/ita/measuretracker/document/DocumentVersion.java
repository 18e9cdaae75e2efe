package th.go.ita.measuretracker.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A prepared version of a document as the managers and the head of office see it (GET /api/documents): who
 * prepared it, who decided on it and what they said. The files themselves are downloaded apart.
 *
 * @param status DRAFT (awaiting the head of office), APPROVED (frozen: its files never change) or RETURNED
 * @param periodStart the first day a report covers ({@code null} for the measures document)
 * @param decisionComment the head of office's comment: required when returned, internal always
 */
public record DocumentVersion(long id, String kind, int fiscalYear, String organisation, String officeCode, int version,
		String title, String status, String docxSha256, String pdfSha256, String preparedBy, OffsetDateTime preparedAt,
		LocalDate periodStart, LocalDate periodEnd, String processInstanceId, String decidedBy, OffsetDateTime decidedAt,
		String decisionComment) {

	static final String DRAFT = "DRAFT";
	static final String APPROVED = "APPROVED";
	static final String RETURNED = "RETURNED";

	boolean approved() {
		return APPROVED.equals(status);
	}
}
