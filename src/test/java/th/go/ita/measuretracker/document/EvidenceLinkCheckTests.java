package th.go.ita.measuretracker.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import th.go.ita.measuretracker.support.Actor;
import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.HeadlessChromium;

/** The weekly check of the links in approved documents, and the managers' list of those that stopped answering. */
@AppTest
class EvidenceLinkCheckTests {

	static final String EVIDENCE = "https://example.go.th/ita/2567/minutes.pdf";

	@Autowired DocumentFixture fixture;
	@Autowired DocumentService documents;
	@Autowired EvidenceLinkCheck check;
	@Autowired TaskService tasks;
	@Autowired Actor actor;
	@Autowired MockMvc mvc;

	List<String> probed = new ArrayList<>();

	@BeforeEach
	void anApprovedYearEndReportWithTwoEvidenceLinksAndANewerVersionWithOneMoreAwaitingApproval() throws Exception {
		HeadlessChromium.assumePrinterInstalled();
		fixture.seedPlanAndAssessment();
		fixture.approvedQ3ReportOnM1("เปิดช่องทางร้องเรียนแล้ว", EVIDENCE + " และ https://example.go.th/photos.pdf");
		documents.prepare(DocumentKind.REPORT_YEAR_END, 2567, null, "sudamanager");
		actor.complete("director", tasks.createTaskQuery().taskCandidateUser("director").singleResult().getId(),
				Map.of("approvalDecision", "APPROVE"));
		fixture.approvedQ3Report("FY2567-M2", "จัดอบรมแล้ว", "https://example.go.th/not-yet-approved.pdf");
		documents.prepare(DocumentKind.REPORT_YEAR_END, 2567, null, "sudamanager");
	}

	@Test
	void aLinkThatStopsAnsweringIsListedForTheManagersUntilItAnswersAgain() throws Exception {
		check.check(url -> answer(url, false, "HTTP 404"));

		assertThat(probed).containsExactlyInAnyOrder(EVIDENCE, "https://example.go.th/photos.pdf");
		mvc.perform(get("/api/documents/broken-links").with(httpBasic("sudamanager", "sudamanager-secret")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.url == '" + EVIDENCE + "')].outcome").value("HTTP 404"))
			.andExpect(jsonPath("$[0].documents[0]").value(org.hamcrest.Matchers.startsWith("รายงานการดำเนินการตามมาตรการ")));
		var firstFailure = check.broken().get(0).failingSince();

		check.check(url -> answer(url, !url.equals(EVIDENCE), url.equals(EVIDENCE) ? "ไม่ตอบสนอง" : "HTTP 200"));

		assertThat(check.broken()).extracting(EvidenceLinkCheck.BrokenLink::url).containsExactly(EVIDENCE);
		assertThat(check.broken().get(0).failingSince()).as("failing since the first failure").isEqualTo(firstFailure);
		assertThat(check.broken().get(0).outcome()).isEqualTo("ไม่ตอบสนอง");
		check.check(url -> answer(url, true, "HTTP 200"));
		assertThat(check.broken()).isEmpty();
		mvc.perform(get("/api/documents/broken-links").with(httpBasic("somchai", "somchai-secret")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLinksOfAVersionAwaitingApprovalAreNotCheckedAndEachLinkOnce() {
		check.check(url -> answer(url, true, "HTTP 200"));

		assertThat(probed).containsExactlyInAnyOrder(EVIDENCE, "https://example.go.th/photos.pdf")
			.doesNotContain("https://example.go.th/not-yet-approved.pdf");
	}

	@Test
	void anAddressInsideTheNetworkIsNeverRequested() {
		HttpLinkProbe probe = new HttpLinkProbe();

		for (String inside : List.of("http://127.0.0.1:8080/actuator", "http://localhost/", "http://10.1.2.3/x.pdf",
				"http://192.168.1.10/", "http://169.254.169.254/latest/meta-data/")) {
			assertThat(probe.probe(inside)).as(inside).isEqualTo(new LinkProbe.Answer(false, "ที่อยู่ภายในเครือข่าย สาธารณะเปิดไม่ได้"));
		}
	}

	private LinkProbe.Answer answer(String url, boolean answered, String outcome) {
		probed.add(url);
		return new LinkProbe.Answer(answered, outcome);
	}
}
