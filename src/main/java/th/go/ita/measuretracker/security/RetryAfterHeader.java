package th.go.ita.measuretracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A script refused by {@link LoginThrottle} gets HTTP Basic's usual 401 (its entry point knows nothing of the
 * throttle) with a Retry-After header saying how many seconds to wait; a browser is told on the login page.
 */
class RetryAfterHeader extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void sendError(int status, String message) throws IOException {
				tellWhenToRetry(request, this);
				super.sendError(status, message);
			}

			@Override
			public void sendError(int status) throws IOException {
				tellWhenToRetry(request, this);
				super.sendError(status);
			}
		});
	}

	private static void tellWhenToRetry(HttpServletRequest request, HttpServletResponse response) {
		CamundaIdentityAuthenticationProvider.refusal(request)
			.filter(LoginThrottledException.class::isInstance)
			.map(LoginThrottledException.class::cast)
			.ifPresent(throttled -> response.setHeader(HttpHeaders.RETRY_AFTER,
					Long.toString(throttled.retryInSeconds())));
	}
}
