package th.go.ita.measuretracker.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.fiscal.OfficeTime;

/**
 * Slows password guessing without ever locking an owner out for good. Failed logins are counted per account (from
 * any address: an attacker may change addresses) and per client address (across accounts: one machine trying many
 * names). Past a few free failures each further one doubles the wait, capped low for an account, so its owner
 * waits a minute at most, and higher for an address. While a wait runs no password is checked, so a guess then
 * teaches nothing. A success clears the account's count; counts nobody adds to are forgotten after a quiet hour.
 * Kept in memory: a restart forgets them, which only gives an attacker what a restart gives anyone.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
	private static final Duration FIRST_DELAY = Duration.ofSeconds(1);
	private static final int PRUNE_ABOVE = 1000;
	/** What the throttle may hold, whatever is thrown at it: the oldest counts go first beyond it. */
	static final int MAX_COUNTERS = 50_000;
	/** Camunda's user ids are at most 64 characters (ACT_ID_USER.ID_); a longer name is no account. */
	static final int MAX_ACCOUNT = 64;
	static final String NO_SUCH_ACCOUNT = "(a name longer than any account)";

	enum Kind {
		ACCOUNT, ADDRESS
	}

	/** A throttle in force: who, after how many failures, until when. */
	record Throttle(Kind kind, String key, int failures, Instant until) {
	}

	private record Policy(int freeFailures, Duration maxDelay) {

		Duration delayAfter(int failures) {
			int doublings = Math.min(failures - freeFailures - 1, 30);
			Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
			return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
		}
	}

	private record Counter(int failures, Instant lastFailure, Instant until) {
	}

	private record Key(Kind kind, String value) {

		/** A name of any length is one short key: a megabyte of user name must not become a megabyte held here. */
		Key {
			if (value != null && value.length() > MAX_ACCOUNT) {
				value = NO_SUCH_ACCOUNT;
			}
		}
	}

	private final Map<Key, Counter> counters = new ConcurrentHashMap<>();
	private final Map<Kind, Policy> policies;
	private final Duration forgetAfter;

	LoginThrottle(@Value("${measure-tracker.login-throttle.account-free-failures:5}") int accountFreeFailures,
			@Value("${measure-tracker.login-throttle.account-max-delay:PT1M}") Duration accountMaxDelay,
			@Value("${measure-tracker.login-throttle.address-free-failures:20}") int addressFreeFailures,
			@Value("${measure-tracker.login-throttle.address-max-delay:PT15M}") Duration addressMaxDelay,
			@Value("${measure-tracker.login-throttle.forget-after:PT1H}") Duration forgetAfter) {
		this.policies = Map.of(Kind.ACCOUNT, new Policy(accountFreeFailures, accountMaxDelay), Kind.ADDRESS,
				new Policy(addressFreeFailures, addressMaxDelay));
		this.forgetAfter = forgetAfter;
	}

	/** @return when the account, or the address, may try again; empty if it may now */
	Optional<Instant> blockedUntil(String account, String address) {
		Instant now = OfficeTime.now();
		return Stream.of(new Key(Kind.ACCOUNT, account), new Key(Kind.ADDRESS, address))
			.map(key -> activeUntil(key, now))
			.flatMap(Optional::stream)
			.max(Comparator.naturalOrder());
	}

	Duration waitFrom(Instant until) {
		return Duration.between(OfficeTime.now(), until);
	}

	void failed(String account, String address) {
		Instant now = OfficeTime.now();
		if (counters.size() > PRUNE_ABOVE) {
			counters.entrySet().removeIf(entry -> forgotten(entry.getValue(), now));
		}
		if (counters.size() > MAX_COUNTERS) {
			counters.entrySet().stream()
				.sorted(Comparator.comparing(entry -> entry.getValue().lastFailure()))
				.limit(counters.size() - MAX_COUNTERS + MAX_COUNTERS / 10)
				.map(Map.Entry::getKey)
				.toList()
				.forEach(counters::remove);
			log.warn("Login throttle held more than {} counts; the oldest were dropped", MAX_COUNTERS);
		}
		count(new Key(Kind.ACCOUNT, account), now, address);
		count(new Key(Kind.ADDRESS, address), now, address);
	}

	void succeeded(String account) {
		counters.remove(new Key(Kind.ACCOUNT, account));
	}

	List<Throttle> current() {
		Instant now = OfficeTime.now();
		return counters.entrySet().stream()
			.filter(entry -> entry.getValue().until() != null && entry.getValue().until().isAfter(now))
			.map(entry -> new Throttle(entry.getKey().kind(), entry.getKey().value(), entry.getValue().failures(),
					entry.getValue().until()))
			.sorted(Comparator.comparing(Throttle::until).reversed())
			.toList();
	}

	/** Lifts a throttle and forgets its failures. @return whether there was anything to lift */
	boolean lift(Kind kind, String key, String by) {
		Counter removed = counters.remove(new Key(kind, key));
		if (removed == null) {
			return false;
		}
		log.info("Login throttle on {} {} lifted by {} ({} failures)", kind.name().toLowerCase(), key, by,
				removed.failures());
		return true;
	}

	private Optional<Instant> activeUntil(Key key, Instant now) {
		Counter counter = counters.get(key);
		if (counter == null || counter.until() == null) {
			return Optional.empty();
		}
		if (counter.until().isAfter(now)) {
			return Optional.of(counter.until());
		}
		// the wait is over; the count stays, so the next failure waits longer still
		if (counters.replace(key, counter, new Counter(counter.failures(), counter.lastFailure(), null))) {
			log.info("Login throttle on {} {} ended ({} failures)", key.kind().name().toLowerCase(), key.value(),
					counter.failures());
		}
		return Optional.empty();
	}

	private void count(Key key, Instant now, String address) {
		Counter counter = counters.compute(key, (k, old) -> {
			int failures = old == null || forgotten(old, now) ? 1 : old.failures() + 1;
			Policy policy = policies.get(k.kind());
			Instant until = failures > policy.freeFailures() ? now.plus(policy.delayAfter(failures)) : null;
			return new Counter(failures, now, until);
		});
		if (counter.until() != null) {
			log.warn("Login throttled: {} {} after {} failed logins (last from {}), until {}",
					key.kind().name().toLowerCase(), key.value(), counter.failures(), address, counter.until());
		}
	}

	private boolean forgotten(Counter counter, Instant now) {
		return counter.lastFailure().plus(forgetAfter).isBefore(now)
				&& (counter.until() == null || counter.until().isBefore(now));
	}
}
