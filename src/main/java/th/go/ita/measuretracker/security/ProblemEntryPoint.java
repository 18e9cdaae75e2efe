package th.go.ita.measuretracker.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for an API call without (valid) credentials, as a problem report and without a "WWW-Authenticate: Basic"
 * challenge: a browser answered with that challenge shows a login dialog and then sends the credentials with every
 * request to us, also with forms other sites make it post. Scripts send their Basic credentials unasked.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

	private static final byte[] PROBLEM = """
			{"type":"about:blank","title":"Unauthorized","status":401,\
			"detail":"ต้องเข้าสู่ระบบ: ส่งชื่อผู้ใช้และรหัสผ่านด้วย HTTP Basic หรือเข้าสู่ระบบที่ /login \
			(Authentication required: send HTTP Basic credentials, or log in at /login)"}"""
		.getBytes(StandardCharsets.UTF_8);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(PROBLEM.length);
		response.getOutputStream().write(PROBLEM);
	}
}
