package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;

/** What a person or a script meets at the door, over real HTTP. */
@AppTest
class WebAccessTests {

	@LocalServerPort int port;
	@org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.HistoryService history;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void camundaRestIsClosedToAnonymousCallers() throws Exception {
		HttpResponse<String> response = get("/engine-rest/engine", null);

		assertThat(response.statusCode()).isEqualTo(401);
		// no Basic challenge: a browser would show a login dialog and then send the credentials with every request
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(response.body()).contains("\"status\":401");
	}

	@Test
	void camundaRestAnswersTheAdmin() throws Exception {
		HttpResponse<String> response = get("/engine-rest/engine", BrowserSession.basic("admin", "test-admin-secret"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"name\":\"default\"");
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		// not the admin: Camunda delays a user's next login after a wrong password, which would slow other tests
		assertThat(get("/engine-rest/engine", BrowserSession.basic("nobody", "guess")).statusCode()).isEqualTo(401);
		assertThat(get("/api/measures", BrowserSession.basic("nobody", "guess")).statusCode()).isEqualTo(401);
	}

	@Test
	void ourApiIsClosedToAnonymousCallers() throws Exception {
		assertThat(get("/api/measures", null).statusCode()).isEqualTo(401);
		assertThat(get("/api/measures", BrowserSession.basic("admin", "test-admin-secret")).statusCode()).isEqualTo(200);
	}

	@Test
	void anApiCallWithoutCredentialsIsToldToLogInInThaiOrInTheLanguageItAsksFor() throws Exception {
		assertThat(get("/api/measures", null).body())
			.contains("\"detail\":\"ต้องเข้าสู่ระบบ: ส่งชื่อผู้ใช้และรหัสผ่านด้วย HTTP Basic หรือเข้าสู่ระบบที่ /login\"");
		String english = "\"detail\":\"Authentication required: send HTTP Basic credentials, or log in at /login\"";
		assertThat(http.send(HttpRequest.newBuilder(uri("/api/measures")).header("Accept-Language", "en-US,en;q=0.9,th;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body()).contains(english);
		assertThat(get("/engine-rest/engine?lang=en", null).body()).contains(english);
		// a browser that prefers Thai, or names no language we speak, reads Thai
		assertThat(http.send(HttpRequest.newBuilder(uri("/api/measures")).header("Accept-Language", "th-TH,th;q=0.9,en;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body()).contains("ต้องเข้าสู่ระบบ");
		assertThat(http.send(HttpRequest.newBuilder(uri("/api/measures")).header("Accept-Language", "de-DE, ;;q=x")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body()).contains("ต้องเข้าสู่ระบบ");
	}

	@Test
	void theLoginPageIsThaiOnlyOrEnglishOnly() throws Exception {
		String thai = get("/login", null).body();
		assertThat(thai).contains("<html lang=\"th\">").contains("<title>เข้าสู่ระบบ</title>")
			.contains(">ชื่อผู้ใช้</label>").contains(">รหัสผ่าน</label>").contains(">เข้าสู่ระบบ</button>")
			.doesNotContain("User name").doesNotContain("Password").doesNotContain("ITA measure tracker");
		String english = get("/login?lang=en", null).body();
		assertThat(english).contains("<html lang=\"en\">").contains("<title>Log in</title>").contains(">User name</label>")
			.contains(">Password</label>").contains(">ITA measure tracker</h1>").doesNotContain("ชื่อผู้ใช้")
			.doesNotContain("รหัสผ่าน").doesNotContain("ติดตามมาตรการ");
		// the way back to Thai is written in Thai
		assertThat(english).contains("lang=\"th\">ภาษาไทย</a>");
	}

	@Test
	void theThaiFontIsServedToAnyoneWithItsLicenceBesideIt() throws Exception {
		HttpResponse<String> css = get("/css/app.css", null);
		assertThat(css.body()).contains("font-family: \"Laksaman\"").contains("url(\"../fonts/Laksaman.ttf\")");
		HttpResponse<byte[]> font = http.send(HttpRequest.newBuilder(uri("/fonts/Laksaman.ttf")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(font.statusCode()).isEqualTo(200);
		assertThat(font.body()).isEqualTo(new org.springframework.core.io.ClassPathResource("fonts/Laksaman.ttf")
			.getContentAsByteArray());
		assertThat(font.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("ttf"));
		assertThat(get("/fonts/Laksaman-Bold.ttf", null).statusCode()).isEqualTo(200);
		assertThat(get("/fonts/Laksaman-COPYRIGHT.txt", null).body()).contains("GPL-2+ with Font exception");
		assertThat(get("/login", null).headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("font-src 'self'"));
	}

	@Test
	void tasklistSendsAnonymousVisitorsToTheLoginPage() throws Exception {
		HttpResponse<String> tasklist = get("/camunda/app/tasklist/default/", null);
		assertThat(tasklist.statusCode()).isEqualTo(302);
		assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));

		HttpResponse<String> login = get("/login", null);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains(">เข้าสู่ระบบ</button>").doesNotContain("Log in").contains("name=\"username\"")
			.contains("name=\"_csrf\"");
		assertThat(get("/login?lang=en", null).body()).contains(">Log in</button>");
	}

	@Test
	void oneLoginOpensTasklistAndCamundasOwnApi() throws Exception {
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn("admin", "test-admin-secret").statusCode()).isEqualTo(302);

		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> who = browser.get("/camunda/api/admin/auth/user/default");
		assertThat(who.statusCode()).isEqualTo(200);
		assertThat(who.body()).contains("\"userId\":\"admin\"").contains("tasklist").contains("cockpit").contains("admin");
	}

	@Test
	void aBrowserSessionCannotChangeAnythingWithoutItsCsrfToken() throws Exception {
		BrowserSession browser = new BrowserSession(port);
		browser.logIn("admin", "test-admin-secret");
		long rounds = history.createHistoricProcessInstanceQuery().processDefinitionKey("QuarterlyReportRound").count();

		HttpResponse<String> forged = browser.postWithoutCsrfToken("/api/report-rounds",
				"{\"fiscalYear\": 2567, \"quarter\": 3}");

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("QuarterlyReportRound").count())
			.isEqualTo(rounds);
	}

	@Test
	void aWrongPasswordOnTheLoginFormSendsThePersonBack() throws Exception {
		HttpResponse<String> login = new BrowserSession(port).logIn("nobody", "guess");

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login?error"));
	}

	@Test
	void healthIsPublicAndUp() throws Exception {
		HttpResponse<String> health = get("/actuator/health", null);

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
