package th.go.ita.measuretracker.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

import th.go.ita.measuretracker.fiscal.Wording;

/** A login refused, without looking at the password, because the account or the address must wait. */
class LoginThrottledException extends AuthenticationException {

	private final long retryInSeconds;

	LoginThrottledException(Duration wait) {
		this(Math.max(1, (wait.toMillis() + 999) / 1000));
	}

	private LoginThrottledException(long retryInSeconds) {
		super(Wording.of("login.throttled", retryInSeconds));
		this.retryInSeconds = retryInSeconds;
	}

	long retryInSeconds() {
		return retryInSeconds;
	}
}
