package th.go.ita.measuretracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.go.ita.measuretracker.support.AppTest;
import th.go.ita.measuretracker.support.BrowserSession;

/** The headers that tell a browser what our pages may do, and the cookies' flags, over real HTTP. */
@AppTest
class SecurityHeadersTests {

	static final String ADMIN = BrowserSession.basic("admin", "test-admin-secret");

	@LocalServerPort int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void ourPagesAndApiCarryAContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
		for (HttpResponse<String> response : List.of(get("/status", ADMIN), get("/login", null),
				get("/api/measures", ADMIN), get("/css/app.css", null), get("/swagger-ui/index.html", ADMIN))) {
			String path = response.uri().getPath();
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			List<String> csp = response.headers().allValues("Content-Security-Policy");
			assertThat(csp).as(path).hasSize(1);
			assertThat(csp.get(0)).as(path)
				.contains("default-src 'self'")
				.contains("script-src 'self';")
				.contains("object-src 'none'")
				.contains("base-uri 'self'")
				.contains("form-action 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-eval");
			// Swagger UI adds a style element of its own; our pages need no inline style
			assertThat(csp.get(0)).as(path).contains(path.startsWith("/swagger-ui/")
					? "style-src 'self' 'unsafe-inline';" : "style-src 'self';");
			assertThat(response.headers().allValues("Referrer-Policy")).as(path).containsExactly("same-origin");
			assertThat(response.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
			assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
		}
	}

	@Test
	void camundasWebappsKeepTheirOwnPolicyAndOnlyThat() throws Exception {
		BrowserSession browser = new BrowserSession(port);
		browser.logIn("admin", "test-admin-secret");

		for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/api/admin/auth/user/default")) {
			HttpResponse<String> response = browser.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			List<String> csp = response.headers().allValues("Content-Security-Policy");
			assertThat(csp).as("one policy, Camunda's (a second one would be intersected with it)").hasSize(1);
			assertThat(csp.get(0)).as(path).contains("'strict-dynamic'").contains("'nonce-");
			assertThat(response.headers().allValues("Referrer-Policy")).as(path).containsExactly("same-origin");
		}
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> viaProxy = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https"));

		assertThat(viaProxy.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(v -> assertThat(v).contains("max-age="));
		assertThat(sessionCookie(viaProxy)).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
	}

	@Test
	void overPlainHttpThereIsNoHstsAndTheSessionCookieIsStillSameSiteLax() throws Exception {
		HttpResponse<String> plain = get("/login", null);

		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(plain)).doesNotContain("Secure").contains("; HttpOnly").contains("; SameSite=Lax");
	}

	@Test
	void theLanguageCookieIsSameSiteLax() throws Exception {
		HttpResponse<String> english = get("/login?lang=en", null);

		assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("mt-lang=en;").contains("SameSite=Lax"));
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
