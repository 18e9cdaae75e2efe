package th.go.ita.measuretracker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.HeadlessChromium;
import th.go.ita.measuretracker.support.PostgresTest;

/** The document tables on the real PostgreSQL: files as bytea, one draft at a time, the frozen bytes, the link check. */
@PostgresTest
class DocumentPostgresTests {

	@Autowired DocumentFixture fixture;
	@Autowired DocumentService documents;
	@Autowired PublicOffice offices;
	@Autowired EvidenceLinkCheck check;
	@Autowired TaskService tasks;
	@Autowired Actor actor;

	@Test
	void aYearEndReportIsPreparedApprovedServedAndItsLinksCheckedOnPostgres() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		fixture.seedPlanAndAssessment();
		fixture.approvedQ3ReportOnM1("จัดประชุมแล้ว", "https://example.go.th/ita/minutes.pdf");

		DocumentVersion draft = documents.prepare(DocumentKind.REPORT_YEAR_END, 2567, "spp-ranong", "sudamanager");
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> documents.prepare(DocumentKind.REPORT_YEAR_END, 2567, "spp-ranong", "sudamanager")))
			.isInstanceOf(DocumentRefusedException.class);
		actor.complete("director", tasks.createTaskQuery().taskCandidateUser("director").singleResult().getId(),
				Map.of("approvalDecision", "APPROVE"));

		byte[] pdf = offices.approvedFile("spp-ranong", 2567, draft.id(), "pdf").orElseThrow();
		assertThat(Sha256.hex(pdf)).isEqualTo(draft.pdfSha256());
		assertThat(offices.year("spp-ranong", 2567).orElseThrow().documents()).extracting(PublicOffice.PublishedDocument::id)
			.containsExactly(draft.id());
		check.check(url -> new LinkProbe.Answer(false, "HTTP 410"));
		check.check(url -> new LinkProbe.Answer(false, "HTTP 404"));
		assertThat(check.broken()).extracting(EvidenceLinkCheck.BrokenLink::url, EvidenceLinkCheck.BrokenLink::outcome)
			.containsExactly(org.assertj.core.api.Assertions.tuple("https://example.go.th/ita/minutes.pdf", "HTTP 404"));
		check.check(url -> new LinkProbe.Answer(true, "HTTP 200"));
		assertThat(check.broken()).isEmpty();
	}
}
