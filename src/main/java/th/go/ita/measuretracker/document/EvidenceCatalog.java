package th.go.ita.measuretracker.document;

import java.util.List;

/**
 * The public evidence of a measure: files (or links) an office shows the public as proof of what it did. Reports and
 * the public page list them; the weekly link check follows them. Two sources (DocumentSources): the web links of the
 * measure's approved quarterly reports ({@link ApprovedReportEvidence}) and the evidence files a manager published
 * (the evidence module implements this interface).
 */
public interface EvidenceCatalog {

	/** @return the measure's public evidence, oldest first */
	List<PublicEvidence> publicEvidence(long measureId);

	/**
	 * @param name what the reader sees, e.g. the file's name
	 * @param url where anyone can open it without logging in (absolute, or a path of this app under /public/)
	 */
	record PublicEvidence(String name, String url) {
	}
}
