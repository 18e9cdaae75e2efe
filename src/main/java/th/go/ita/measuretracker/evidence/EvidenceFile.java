package th.go.ita.measuretracker.evidence;

import java.time.OffsetDateTime;

/**
 * One evidence file as the API and the pages show it.
 *
 * @param reportVersion the report version it was submitted with; {@code null} for a step's file, or a report's file
 *        the group has not submitted yet
 * @param supersedes the file this one corrects, if any
 * @param supersededBy the correction that replaced this file, if any: the file stays, marked superseded
 * @param published whether a manager made it public with its approved report
 */
public record EvidenceFile(long id, String fileName, String contentType, long sizeBytes, String sha256,
		String uploadedBy, OffsetDateTime uploadedAt, Integer stepPosition, Integer reportFiscalYear,
		Integer reportQuarter, Integer reportVersion, Long supersedes, Long supersededBy, boolean published,
		String downloadUrl) {

	static EvidenceFile of(EvidenceRepository.FileRow row) {
		return new EvidenceFile(row.id(), row.fileName(), row.contentType(), row.sizeBytes(), row.sha256(),
				row.uploadedBy(), row.uploadedAt(), row.stepPosition(), row.reportFiscalYear(), row.reportQuarter(),
				row.reportVersion(), row.supersedesId(), row.supersededBy(), row.publishedAt() != null,
				"/api/evidence/" + row.id());
	}

	/** The office day it was uploaded, for people (shown in the Buddhist Era). */
	public java.time.LocalDate uploadedOn() {
		return uploadedAt.atZoneSameInstant(th.go.ita.measuretracker.fiscal.OfficeTime.ZONE).toLocalDate();
	}

	public boolean superseded() {
		return supersededBy != null;
	}

	public boolean image() {
		return EvidenceType.ofMediaType(contentType).isImage();
	}

	/** 1.2 MB, 340 KB: for people. */
	public String size() {
		if (sizeBytes >= 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
		}
		return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
	}
}
