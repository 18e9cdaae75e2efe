package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.SeedScenario;

/** Markup and odd paths in a request come back as a 4xx that a browser will not run, never as a 500. */
@AppTest
class HostileRequestTests {

	static final String MARKUP = "<svg/onload=alert(1)>";
	static final String MANAGER = BrowserSession.basic("sudamanager", "sudamanager-secret");

	@LocalServerPort int port;
	@Autowired SeedScenario seed;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void seedPlan() {
		seed.seedPlanWithTwoGroupsAndAManager();
	}

	@Test
	void markupAsTheLanguageIsIgnoredAndNeverEchoed() throws Exception {
		for (String page : List.of("/status?fiscalYear=2567&lang=", "/status/measures/FY2567-M1?lang=", "/login?lang=",
				"/api/measures?lang=")) {
			HttpResponse<String> response = get(page + URLEncoder.encode(MARKUP, StandardCharsets.UTF_8));

			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertThat(response.body()).as(page).doesNotContain("<svg/onload").doesNotContain("onload=alert");
			assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("mt-lang="));
		}
		assertThat(get("/status?fiscalYear=2567&lang=" + URLEncoder.encode(MARKUP, StandardCharsets.UTF_8)).body())
			.as("the page in its default language, Thai").contains("สถานะมาตรการ");
	}

	@Test
	void onlyThaiAndEnglishAreRemembered() throws Exception {
		assertThat(get("/login?lang=de").headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("mt-lang="));
		assertThat(get("/login?lang=en").headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("mt-lang=en;"));
		assertThat(get("/login?lang=th").headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("mt-lang=th;"));
	}

	@Test
	void aLanguageCookieWeDidNotWriteMeansThai() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/status"))
			.header("Authorization", MANAGER)
			.header("Cookie", "mt-lang=" + MARKUP)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("สถานะมาตรการ").doesNotContain("<svg/onload");
	}

	@Test
	void aBadFilterIsAProblemReportNotAPage() throws Exception {
		for (String path : List.of("/status?quarter=7", "/status/export.csv?quarter=7", "/status/export.pdf?indicator=11",
				"/api/status?quarter=7")) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.body()).as(path).containsAnyOf("ไตรมาสต้องเป็น 1 ถึง 4", "ตัวชี้วัดต้องเป็น 1 ถึง 10");
		}
	}

	@Test
	void pathsTheFirewallRefusesAre400Not500() throws Exception {
		for (String path : List.of("/engine-rest;/task", "/engine-rest/task;x=1", "/api;/measures", "/status;x",
				"/engine-rest/task%2F..%2Fjob", "/api/measures/%2e%2e/outbox")) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(400);
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", MANAGER)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
