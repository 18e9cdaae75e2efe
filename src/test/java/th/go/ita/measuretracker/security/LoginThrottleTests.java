package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;

/**
 * Wrong passwords slow the guesser down, never lock the owner out for good. Each client says where it comes from
 * with X-Forwarded-For, as it would behind the proxy, so one machine plays several addresses. The test clock is
 * Camunda's, so Camunda's own lockout, were it still on, would see the same time pass.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTests {

	private static final String ADMIN_PASSWORD = "test-admin-secret";

	@LocalServerPort int port;
	@Autowired IdentityService identity;
	@Autowired LoginThrottle throttle;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void users() {
		ClockUtil.setCurrentTime(new Date());
		for (String id : new String[] { "somchai", "malee" }) {
			if (identity.createUserQuery().userId(id).count() == 0) {
				User user = identity.newUser(id);
				user.setPassword(id + "-secret");
				identity.saveUser(user);
			}
		}
	}

	@AfterEach
	void liftEverything() {
		throttle.current().forEach(t -> throttle.lift(t.kind(), t.key(), "test"));
		ClockUtil.reset();
	}

	@Test
	void twelveWrongPasswordsMakeTheAdminWaitAMinuteNotForever() throws Exception {
		for (int i = 1; i <= 12; i++) {
			later(Duration.ofSeconds(61));
			assertThat(get("/api/measures", "admin", "guess-" + i, "203.0.113.1").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> throttled = get("/api/measures", "admin", ADMIN_PASSWORD, "203.0.113.1");
		assertThat(throttled.statusCode()).isEqualTo(401);
		assertThat(throttled.headers().firstValue("Retry-After")).hasValue("60");
		// a browser, from any address, is told on the login page when to try again
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.logIn("admin", ADMIN_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(v -> assertThat(v).endsWith("/login?error"));
		assertThat(browser.get("/login?error").body())
			.contains("เข้าสู่ระบบผิดหลายครั้ง ลองใหม่ได้ในอีก 60 วินาที").doesNotContain("Too many");
		assertThat(browser.get("/login?error&lang=en").body()).contains("Too many failed logins: try again in 60 seconds")
			.doesNotContain("เข้าสู่ระบบผิด");
		assertThat(throttled.body()).contains("\"detail\":\"เข้าสู่ระบบผิดหลายครั้ง ลองใหม่ได้ในอีก 60 วินาที\"");

		later(Duration.ofSeconds(61));
		assertThat(get("/api/measures", "admin", ADMIN_PASSWORD, "203.0.113.1").statusCode()).isEqualTo(200);
		UserEntity admin = (UserEntity) identity.createUserQuery().userId("admin").singleResult();
		assertThat(admin.getAttempts()).as("Camunda's failed-login count").isZero();
		assertThat(admin.getLockExpirationTime()).as("Camunda's lock").isNull();
	}

	@Test
	void aThrottledAccountWaitsFromEveryAddressWhileColleaguesAtItsAddressLogIn() throws Exception {
		for (int i = 1; i <= 5; i++) {
			assertThat(get("/api/measures", "somchai", "guess-" + i, "203.0.113.2").statusCode()).isEqualTo(401);
		}
		assertThat(get("/api/measures", "somchai", "somchai-secret", "203.0.113.2").statusCode())
			.as("five mistakes are free")
			.isEqualTo(200);
		for (int i = 1; i <= 6; i++) {
			assertThat(get("/api/measures", "somchai", "guess-" + i, "203.0.113.2").statusCode()).isEqualTo(401);
		}

		assertThat(get("/api/measures", "somchai", "somchai-secret", "203.0.113.2").statusCode()).isEqualTo(401);
		assertThat(get("/api/measures", "somchai", "somchai-secret", "198.51.100.9").statusCode())
			.as("an attacker changing addresses still meets the account's wait")
			.isEqualTo(401);
		assertThat(get("/api/measures", "malee", "malee-secret", "203.0.113.2").statusCode())
			.as("a colleague behind the same office address")
			.isEqualTo(200);

		later(Duration.ofSeconds(2));
		assertThat(get("/api/measures", "somchai", "somchai-secret", "203.0.113.2").statusCode()).isEqualTo(200);
	}

	@Test
	void anAddressTryingManyAccountsWaitsWhileTheAccountsDoNot() throws Exception {
		for (int i = 1; i <= 21; i++) {
			assertThat(get("/api/measures", "nobody" + i, "guess", "203.0.113.3").statusCode()).isEqualTo(401);
		}

		HttpResponse<String> fromThatAddress = get("/api/measures", "malee", "malee-secret", "203.0.113.3");
		assertThat(fromThatAddress.statusCode()).isEqualTo(401);
		assertThat(fromThatAddress.headers().firstValue("Retry-After")).isPresent();
		assertThat(get("/api/measures", "malee", "malee-secret", "198.51.100.10").statusCode()).isEqualTo(200);
	}

	@Test
	void theAdminSeesAndLiftsAThrottle(CapturedOutput log) throws Exception {
		for (int i = 1; i <= 6; i++) {
			get("/api/measures", "somchai", "guess-" + i, "203.0.113.4");
		}
		assertThat(log).contains("Login throttled: account somchai after 6 failed logins (last from 203.0.113.4)");

		HttpResponse<String> list = send("GET", "/api/security/login-throttles", "admin", ADMIN_PASSWORD, "198.51.100.11");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("{\"kind\":\"ACCOUNT\",\"key\":\"somchai\",\"failures\":6,\"until\":\"");
		assertThat(send("GET", "/api/security/login-throttles", "malee", "malee-secret", "198.51.100.11").statusCode())
			.isEqualTo(403);
		assertThat(send("DELETE", "/api/security/login-throttles?account=somchai", "malee", "malee-secret", "198.51.100.11")
			.statusCode()).isEqualTo(403);
		HttpResponse<String> neither = send("DELETE", "/api/security/login-throttles", "admin", ADMIN_PASSWORD,
				"198.51.100.11");
		assertThat(neither.statusCode()).isEqualTo(400);
		assertThat(neither.body()).contains("account").contains("address");
		assertThat(get("/api/measures", "somchai", "somchai-secret", "203.0.113.4").statusCode()).isEqualTo(401);

		assertThat(send("DELETE", "/api/security/login-throttles?account=somchai", "admin", ADMIN_PASSWORD,
				"198.51.100.11").statusCode()).isEqualTo(204);

		assertThat(log).contains("Login throttle on account somchai lifted by admin (6 failures)");
		assertThat(get("/api/measures", "somchai", "somchai-secret", "203.0.113.4").statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/security/login-throttles", "admin", ADMIN_PASSWORD, "198.51.100.11").body())
			.doesNotContain("somchai");
		assertThat(send("DELETE", "/api/security/login-throttles?account=somchai", "admin", ADMIN_PASSWORD,
				"198.51.100.11").statusCode()).isEqualTo(404);
	}

	private static void later(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
	}

	private HttpResponse<String> get(String path, String user, String password, String address) throws Exception {
		return send("GET", path, user, password, address);
	}

	@Test
	void camundasOwnPasswordChecksAreClosedSoNothingGuessesAroundTheThrottle() throws Exception {
		for (String path : List.of("/engine-rest/identity/verify", "/engine-rest/identity/verify/",
				"/engine-rest/engine/default/identity/verify", "/camunda/api/engine/engine/default/identity/verify",
				"/camunda/api/admin/auth/user/default/login/tasklist")) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"admin\", \"password\": \"guess\"}"))
				.header("Content-Type", "application/json")
				.header("Authorization", BrowserSession.basic("malee", "malee-secret"))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).as(path).isEqualTo(403);
		}
	}

	@Test
	void aNameLongerThanAnyAccountIsCountedAsOneShortKey() throws Exception {
		String huge = "u".repeat(2_000); // a form login takes megabytes; a Basic header must stay under Tomcat's 8 KB
		for (int i = 0; i < 6; i++) {
			send("GET", "/api/measures", huge + i, "wrong", "198.51.100.40");
		}

		String throttles = send("GET", "/api/security/login-throttles", "admin", ADMIN_PASSWORD, "198.51.100.41").body();
		assertThat(throttles).contains(LoginThrottle.NO_SUCH_ACCOUNT).doesNotContain("uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu");
	}

	@Test
	void aMemberCannotRewriteTheirOwnProfileNorDeleteThemselvesThroughCamundasApi() throws Exception {
		HttpResponse<String> profile = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/engine-rest/user/malee/profile"))
			.PUT(HttpRequest.BodyPublishers.ofString("{\"id\": \"malee\", \"email\": \"elsewhere@example.invalid\"}"))
			.header("Content-Type", "application/json")
			.header("Authorization", BrowserSession.basic("malee", "malee-secret"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		HttpResponse<String> delete = send("DELETE", "/engine-rest/user/malee", "malee", "malee-secret", "198.51.100.42");

		assertThat(profile.statusCode()).as(profile.body()).isEqualTo(403);
		assertThat(delete.statusCode()).isEqualTo(403);
		assertThat(identity.createUserQuery().userId("malee").singleResult().getEmail())
			.isNotEqualTo("elsewhere@example.invalid");
	}

	private HttpResponse<String> send(String method, String path, String user, String password, String address)
			throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Authorization", BrowserSession.basic(user, password))
			.header("X-Forwarded-For", address)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
