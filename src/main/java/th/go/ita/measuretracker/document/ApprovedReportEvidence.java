package th.go.ita.measuretracker.document;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.go.ita.measuretracker.report.ReportRounds;
import th.go.ita.measuretracker.report.ReportView;

/**
 * The evidence catalogue until evidence files with a public flag exist (issue 20): the web links in a measure's
 * approved quarterly reports, which a manager approved together with the report texts that reports publish.
 */
class ApprovedReportEvidence implements EvidenceCatalog {

	private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private final ReportRounds reports;

	ApprovedReportEvidence(ReportRounds reports) {
		this.reports = reports;
	}

	@Override
	public List<PublicEvidence> publicEvidence(long measureId) {
		Set<String> links = new LinkedHashSet<>();
		for (ReportView report : reports.reportsOf(measureId)) {
			ApprovedReports.approvedVersion(report).map(ReportView.Version::evidenceLinks).ifPresent(text -> {
				Matcher link = WEB_LINK.matcher(text);
				while (link.find()) {
					links.add(link.group());
				}
			});
		}
		List<PublicEvidence> evidence = new ArrayList<>();
		for (String link : links) {
			evidence.add(new PublicEvidence(name(link), link));
		}
		return evidence;
	}

	/** The file's name where the link ends in one, else the link itself. */
	private static String name(String link) {
		try {
			String path = URI.create(link).getPath();
			String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
			return last.isBlank() ? link : java.net.URLDecoder.decode(last, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return link;
		}
	}
}
