package th.go.ita.measuretracker.security;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session's rights follow the user's Camunda groups as they are now, not as they were at login: someone
 * removed from a group loses its measures on their next request, someone added to the managers gains theirs, and a
 * deleted user's session ends. Runs just before Spring Security's filters (see {@link LoginFilters}), so
 * the URL rules of {@link SecurityConfig} already judge the refreshed rights. Two small identity queries per
 * page or API request of a logged-in session (not per static file); requests with HTTP Basic and no session are checked at their own login.
 */
@RequiredArgsConstructor
class SessionAuthoritiesRefresh extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionAuthoritiesRefresh.class);

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
	private final UserAuthorities authorities;

	/**
	 * Files a page loads (Tasklist alone loads dozens of scripts, styles and fonts) grant nothing: the pages and
	 * API calls around them are judged with fresh rights, so the files need not each cost two queries.
	 */
	private static final Pattern STATIC_FILE = Pattern.compile(
			"^/(?:css/|fonts/|js/|webjars/|camunda/(?:app|assets|lib)/.*\\."
					+ "(?:js|css|png|svg|ico|gif|woff2?|ttf|eot|json|html|map)$)");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return STATIC_FILE.matcher(request.getRequestURI().substring(request.getContextPath().length())).find();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			refresh(session, request, response);
		}
		chain.doFilter(request, response);
	}

	private void refresh(HttpSession session, HttpServletRequest request, HttpServletResponse response) {
		Authentication login = sessions.loadDeferredContext(request).get().getAuthentication();
		if (!(login instanceof UsernamePasswordAuthenticationToken) || !login.isAuthenticated()) {
			return;
		}
		Optional<List<GrantedAuthority>> now = authorities.ofExisting(login.getName());
		if (now.isEmpty()) {
			log.info("User {} no longer exists: their session ends", login.getName());
			session.invalidate();
			return;
		}
		if (new HashSet<>(now.get()).equals(new HashSet<>(login.getAuthorities()))) {
			return;
		}
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken
			.authenticated(login.getPrincipal(), null, now.get());
		refreshed.setDetails(login.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(refreshed);
		sessions.saveContext(context, request, response);
		log.info("User {}'s rights changed during their session: {} -> {}", login.getName(), login.getAuthorities(),
				now.get());
	}
}
