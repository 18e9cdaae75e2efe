package th.go.ita.measuretracker.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.RequestAttributes;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * Checks passwords against the users of Camunda's identity service, so users and groups are managed in Camunda
 * Admin only. Guessing is slowed by {@link LoginThrottle}, not by Camunda's own lockout, which locked an account
 * for good after ten wrong passwords typed by anyone.
 */
@Component
@RequiredArgsConstructor
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private static final String UNKNOWN_ADDRESS = "unknown";
	private static final String ANSWERED = CamundaIdentityAuthenticationProvider.class.getName() + ".refusal";

	private final StoredPasswords passwords;
	private final LoginThrottle throttle;
	private final UserAuthorities authorities;

	@Override
	public Authentication authenticate(Authentication authentication) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		// Spring Security asks this provider twice when its first answer is no (the filter chain's authentication
		// manager, then the global one): the second ask gets the same answer and counts no second failure
		if (request != null && request.getAttribute(ANSWERED, RequestAttributes.SCOPE_REQUEST) instanceof Refusal refusal
				&& refusal.authentication() == authentication) {
			throw refusal.reason();
		}
		try {
			return judge(authentication);
		}
		catch (AuthenticationException reason) {
			if (request != null) {
				request.setAttribute(ANSWERED, new Refusal(authentication, reason), RequestAttributes.SCOPE_REQUEST);
			}
			throw reason;
		}
	}

	private Authentication judge(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null) {
			throw wrongPassword();
		}
		String address = address(authentication);
		Optional<Instant> until = throttle.blockedUntil(userId, address);
		if (until.isPresent()) {
			throw new LoginThrottledException(throttle.waitFrom(until.get()));
		}
		if (!passwords.matches(userId, credentials.toString())) {
			throttle.failed(userId, address);
			throw wrongPassword();
		}
		throttle.succeeded(userId);
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities.of(userId));
	}

	/** This request's refused login. */
	static Optional<AuthenticationException> refusal(HttpServletRequest request) {
		return request.getAttribute(ANSWERED) instanceof Refusal refusal ? Optional.of(refusal.reason())
				: Optional.empty();
	}

	private record Refusal(Authentication authentication, AuthenticationException reason) {
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static BadCredentialsException wrongPassword() {
		return new BadCredentialsException(Wording.of("login.failed"));
	}

	/** Form login and HTTP Basic both fill in the client's address (behind a proxy: the forwarded one). */
	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return UNKNOWN_ADDRESS;
	}
}
