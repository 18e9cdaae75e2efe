package th.go.ita.measuretracker.security;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import th.go.ita.measuretracker.fiscal.Wording;

/**
 * The admin sees who is being throttled and may lift a throttle, e.g. for a colleague who mistyped their password
 * too often. Admin only, checked here because the URL rules live in {@link SecurityConfig}.
 */
@RestController
@RequestMapping("/api/security/login-throttles")
@RequiredArgsConstructor
class LoginThrottleController {

	private final LoginThrottle throttle;

	@GetMapping
	List<LoginThrottle.Throttle> current(Authentication viewer) {
		requireAdmin(viewer);
		return throttle.current();
	}

	@DeleteMapping
	ResponseEntity<Void> lift(@RequestParam(required = false) String account,
			@RequestParam(required = false) String address, Authentication viewer) {
		requireAdmin(viewer);
		boolean hasAccount = account != null && !account.isBlank();
		boolean hasAddress = address != null && !address.isBlank();
		if (hasAccount == hasAddress) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Wording.of("throttle.oneOf"));
		}
		boolean lifted = hasAccount ? throttle.lift(LoginThrottle.Kind.ACCOUNT, account, viewer.getName())
				: throttle.lift(LoginThrottle.Kind.ADDRESS, address, viewer.getName());
		if (!lifted) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, hasAccount
					? Wording.of("throttle.none.account", account) : Wording.of("throttle.none.address", address));
		}
		return ResponseEntity.noContent().build();
	}

	private static void requireAdmin(Authentication viewer) {
		boolean admin = viewer.getAuthorities().stream().anyMatch(a -> Viewer.ROLE_ADMIN.equals(a.getAuthority()));
		if (!admin) {
			throw new AccessDeniedException(Wording.of("api.adminsOnly"));
		}
	}
}
