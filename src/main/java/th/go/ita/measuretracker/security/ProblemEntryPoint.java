package th.go.ita.measuretracker.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * 401 for an API call without (valid) credentials, as a problem report and without a "WWW-Authenticate: Basic"
 * challenge: a browser answered with that challenge shows a login dialog and then sends the credentials with every
 * request to us, also with forms other sites make it post. Scripts send their Basic credentials unasked. A login
 * the throttle refused says so, with a Retry-After header.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

	private final ObjectMapper json = new ObjectMapper();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String detail = Wording.of("api.loginRequired");
		if (ex instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryInSeconds()));
			detail = throttled.getMessage();
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", "Unauthorized");
		problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
		problem.put("detail", detail);
		byte[] body = json.writeValueAsBytes(problem);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}
}
