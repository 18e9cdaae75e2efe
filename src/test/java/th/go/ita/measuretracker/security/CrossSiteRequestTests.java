package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;
import th.go.ita.measuretracker.support.CleanSlate;
import th.go.ita.measuretracker.support.TinyDeployment;

/**
 * A browser that once answered a Basic dialog sends those credentials with every request to us, also with a form
 * another site makes it post. Such a cross-site post must be refused, while a script's Basic call still works and
 * a browser is never asked for Basic credentials in the first place.
 */
@AppTest
class CrossSiteRequestTests {

	static final String ADMIN = BrowserSession.basic("admin", "test-admin-secret");
	static final String EVIL = "https://evil.example";
	static final String PLAN = """
			fiscalYear: 2568
			organisation: สำนักงานปลอมแปลง
			measures:
			  - code: X1
			    title: มาตรการที่อีกเว็บไซต์ส่งมา
			    indicators: [1]
			    responsibleGroup: directorate
			    deadline: 2568-09-30
			    reportingQuarters: [4]
			    steps:
			      - text: ขั้นเดียว
			""";
	static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort int port;
	@Autowired CleanSlate cleanSlate;
	@Autowired RepositoryService repository;
	@Autowired JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void startFromNothing() {
		cleanSlate.reset();
		cleanSlate.user("somchai", "directorate", "กลุ่มอำนวยการ");
	}

	@Test
	void aCrossSiteFormPostWithCachedBasicCredentialsImportsNoPlan() throws Exception {
		HttpResponse<String> fromEvil = send(planImport().header("Authorization", ADMIN).header("Origin", EVIL)
			.header("Sec-Fetch-Site", "cross-site"));
		HttpResponse<String> originOnly = send(planImport().header("Authorization", ADMIN).header("Origin", EVIL));
		HttpResponse<String> fetchMetadataOnly = send(planImport().header("Authorization", ADMIN)
			.header("Sec-Fetch-Site", "same-site"));

		assertThat(fromEvil.statusCode()).isEqualTo(403);
		assertThat(originOnly.statusCode()).isEqualTo(403);
		assertThat(fetchMetadataOnly.statusCode()).isEqualTo(403);
		assertThat(plans()).isZero();
	}

	@Test
	void aScriptsBasicCallStillImportsAPlan() throws Exception {
		HttpResponse<String> script = send(planImport().header("Authorization", ADMIN));
		assertThat(script.statusCode()).as(script.body()).isEqualTo(201);

		// what a browser sends for a page of our own, and our own origin, are not cross-site
		HttpResponse<String> sameOrigin = send(planImport().header("Authorization", ADMIN)
			.header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin"));
		assertThat(sameOrigin.statusCode()).as("accepted, and the same plan again: no change " + sameOrigin.body())
			.isEqualTo(200);
		assertThat(plans()).isEqualTo(1);
	}

	@Test
	void aCrossSiteFormPostWithCachedBasicCredentialsDeploysNothing() throws Exception {
		long deployments = repository.createDeploymentQuery().count();

		HttpResponse<String> fromEvil = send(deployment("/engine-rest/deployment/create").header("Authorization", ADMIN)
			.header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site"));

		assertThat(fromEvil.statusCode()).isEqualTo(403);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

		HttpResponse<String> script = send(deployment("/engine-rest/deployment/create").header("Authorization", ADMIN));
		assertThat(script.statusCode()).as(script.body()).isEqualTo(200);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments + 1);
	}

	@Test
	void camundasWebappApiRefusesACrossSiteBasicPostWithoutItsOwnToken() throws Exception {
		long deployments = repository.createDeploymentQuery().count();

		// Camunda's CsrfPreventionFilter wants its X-XSRF-TOKEN on every change, whoever the caller is
		HttpResponse<String> fromEvil = send(deployment("/camunda/api/engine/engine/default/deployment/create")
			.header("Authorization", ADMIN).header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site"));
		HttpResponse<String> script = send(deployment("/camunda/api/engine/engine/default/deployment/create")
			.header("Authorization", ADMIN));

		assertThat(fromEvil.statusCode()).isEqualTo(403);
		assertThat(script.statusCode()).isEqualTo(403);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void aBasicCallThatAlsoCarriesASessionCookieNeedsTheToken() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		// the login page gives the browser a session
		browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());

		HttpResponse<String> withSession = browser.send(planImport().header("Authorization", ADMIN).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(withSession.statusCode()).isEqualTo(403);
		assertThat(plans()).isZero();
	}

	@Test
	void noAnswerAsksABrowserForBasicCredentials() throws Exception {
		for (String path : new String[] { "/api/measures", "/engine-rest/engine", "/api/outbox" }) {
			HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri(path)));
			HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", BrowserSession.basic("nobody", "guess")));

			for (HttpResponse<String> refused : java.util.List.of(anonymous, wrongPassword)) {
				assertThat(refused.statusCode()).as(path).isEqualTo(401);
				assertThat(refused.headers().allValues("WWW-Authenticate")).as(path)
					.noneMatch(v -> v.regionMatches(true, 0, "Basic", 0, 5));
				assertThat(refused.headers().firstValue("Content-Type")).as(path)
					.hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
				assertThat(refused.body()).as(path).contains("\"status\":401");
			}
		}
		// a page sends the person to the login form instead
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/status"))
			.header("Authorization", BrowserSession.basic("nobody", "guess")));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
	}

	@Test
	void aLoggedInBrowserChangesThingsOnlyWithItsToken() throws Exception {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn("admin", "test-admin-secret").statusCode()).isEqualTo(302);

		assertThat(browser.postWithoutCsrfToken("/api/plans", PLAN).statusCode()).isEqualTo(403);
		assertThat(plans()).isZero();

		Matcher token = CSRF_FIELD.matcher(browser.get("/status").body());
		assertThat(token.find()).as("the page's logout form carries the token").isTrue();
		HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(uri("/api/plans"))
			.header("Content-Type", "text/plain; charset=UTF-8")
			.header("X-CSRF-TOKEN", token.group(1))
			.POST(BodyPublishers.ofString(PLAN, StandardCharsets.UTF_8)));
		assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
		assertThat(plans()).isEqualTo(1);
	}

	/** A plan posted the way an HTML form with enctype="text/plain" can post it. */
	private HttpRequest.Builder planImport() {
		return HttpRequest.newBuilder(uri("/api/plans"))
			.header("Content-Type", "text/plain; charset=UTF-8")
			.POST(BodyPublishers.ofString(PLAN, StandardCharsets.UTF_8));
	}

	/** A deployment posted the way an HTML form with enctype="multipart/form-data" can post it. */
	private HttpRequest.Builder deployment(String path) {
		return TinyDeployment.post(uri(path), "CrossSite");
	}


	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long plans() {
		return jdbc.sql("select count(*) from plan").query(Long.class).single();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
