package th.go.ita.measuretracker.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/**
 * Every week the links in approved documents are asked whether they still answer; those that stopped are listed
 * for the managers (GET /api/documents/broken-links) with the documents they are in, since when they fail and why.
 * A link that answers again leaves the list.
 */
@Component
class EvidenceLinkCheck {

	private static final Logger log = LoggerFactory.getLogger(EvidenceLinkCheck.class);

	private final DocumentRepository documents;
	private final JdbcClient jdbc;
	private final LinkProbe probe;

	EvidenceLinkCheck(DocumentRepository documents, JdbcClient jdbc, LinkProbe probe) {
		this.documents = documents;
		this.jdbc = jdbc;
		this.probe = probe;
	}

	/**
	 * A broken link.
	 * @param failingSince when it first failed in this run of failures
	 * @param documents "title (ฉบับที่ n)" of each approved version that carries it
	 */
	public record BrokenLink(String url, String outcome, OffsetDateTime checkedAt, OffsetDateTime failingSince,
			List<String> documents) {
	}

	@Scheduled(cron = "${measure-tracker.documents.link-check-cron:0 0 6 * * MON}", zone = "Asia/Bangkok")
	void weekly() {
		check(probe);
	}

	/** Checks each approved document's links once, with the given probe (tests give their own). */
	void check(LinkProbe with) {
		Instant now = OfficeTime.now();
		List<String> urls = documents.approvedLinks().stream().map(DocumentRepository.LinkedDocument::url).distinct().toList();
		for (String url : urls) {
			LinkProbe.Answer answer = with.probe(url);
			record(url, answer, now);
		}
		log.info("Checked {} evidence links of approved documents", urls.size());
	}

	List<BrokenLink> broken() {
		Map<String, List<String>> documentsByLink = new LinkedHashMap<>();
		for (DocumentRepository.LinkedDocument linked : documents.approvedLinks()) {
			documentsByLink.computeIfAbsent(linked.url(), url -> new java.util.ArrayList<>())
				.add(linked.title() + " (ฉบับที่ " + linked.version() + ")");
		}
		return jdbc.sql("select url, outcome, checked_at, failing_since from link_check where not answered order by failing_since, url")
			.query((rs, n) -> new BrokenLink(rs.getString("url"), rs.getString("outcome"),
					rs.getObject("checked_at", OffsetDateTime.class), rs.getObject("failing_since", OffsetDateTime.class),
					documentsByLink.getOrDefault(rs.getString("url"), List.of())))
			.list()
			.stream()
			.filter(link -> !link.documents().isEmpty())
			.toList();
	}

	private void record(String url, LinkProbe.Answer answer, Instant now) {
		String outcome = answer.outcome().length() > 300 ? answer.outcome().substring(0, 300) : answer.outcome();
		int updated = jdbc.sql("""
				update link_check set checked_at = ?, answered = ?, outcome = ?,
				  failing_since = case when ? then null when failing_since is null then ? else failing_since end
				where url = ?""")
			.params(Timestamp.from(now), answer.answered(), outcome, answer.answered(), Timestamp.from(now), url)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into link_check (url, checked_at, answered, outcome, failing_since) values (?, ?, ?, ?, ?)")
				.params(url, Timestamp.from(now), answer.answered(), outcome, answer.answered() ? null : Timestamp.from(now))
				.update();
		}
	}
}
