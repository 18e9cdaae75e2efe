package th.go.ita.measuretracker.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused, without looking at the password, because the account or the address must wait. */
class LoginThrottledException extends AuthenticationException {

	private final long retryInSeconds;

	LoginThrottledException(Duration wait) {
		this(Math.max(1, (wait.toMillis() + 999) / 1000));
	}

	private LoginThrottledException(long retryInSeconds) {
		super("เข้าสู่ระบบผิดหลายครั้ง ลองใหม่ได้ในอีก " + retryInSeconds + " วินาที (too many failed logins: try again in "
				+ retryInSeconds + " seconds)");
		this.retryInSeconds = retryInSeconds;
	}

	long retryInSeconds() {
		return retryInSeconds;
	}
}
