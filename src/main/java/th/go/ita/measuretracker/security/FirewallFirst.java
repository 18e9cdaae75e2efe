package th.go.ita.measuretracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's firewall, run before Spring Security: a path it refuses (";", an encoded slash or dot, "//")
 * is the caller's mistake and is answered 400. Inside Spring Security such a path failed with a 500, either in the
 * firewall itself or, for /engine-rest;/…, in the parsing of the path that comes before it.
 */
final class FirewallFirst extends OncePerRequestFilter {

	private final HttpFirewall firewall = new StrictHttpFirewall();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			firewall.getFirewalledRequest(request);
		}
		catch (RequestRejectedException ex) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}
}
