package cn.oneteam.platform;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneteam.login.*}: how sign-in failures are throttled (docs/adr/0011-sign-in-protection.md) — per account
 * name, per client address, and bearer-token failures per client address — and how long attempts are kept. A policy
 * given in part takes the rest from its defaults.
 */
@ConfigurationProperties("oneteam.login")
public record LoginProperties(Policy account, Policy address, Policy token, Duration keepAttempts) {

	/** Per account name: 3 failures answered at once, then 1 s, 2 s, 4 s … 32 s; the 10th locks for 15 minutes. */
	static final Policy ACCOUNT = new Policy(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
			Duration.ofMinutes(15), Duration.ofHours(1));

	/** Per client address, across accounts (an office behind one address signs in many people). */
	static final Policy ADDRESS = new Policy(10, Duration.ofSeconds(1), Duration.ofMinutes(1), 30,
			Duration.ofMinutes(15), Duration.ofHours(1));

	/** Unknown, revoked or expired bearer tokens per client address. */
	static final Policy TOKEN = new Policy(10, Duration.ofSeconds(1), Duration.ofMinutes(1), 30,
			Duration.ofMinutes(15), Duration.ofHours(1));

	public LoginProperties {
		account = Policy.orDefaults(account, ACCOUNT);
		address = Policy.orDefaults(address, ADDRESS);
		token = Policy.orDefaults(token, TOKEN);
		keepAttempts = keepAttempts == null ? Duration.ofDays(365) : keepAttempts;
	}

	/**
	 * Failures up to {@code freeFailures} are answered without delay; the next ones make the caller wait
	 * {@code firstDelay}, doubling up to {@code maxDelay}; the {@code lockAfter}th locks for {@code lockDuration}
	 * (and so does every further failure until the count is reset). The count starts again when no failure came for
	 * {@code resetAfter}, on a correct sign-in of the account, or when an administrator unlocks.
	 */
	public record Policy(@Nullable Integer freeFailures, @Nullable Duration firstDelay, @Nullable Duration maxDelay,
			@Nullable Integer lockAfter, @Nullable Duration lockDuration, @Nullable Duration resetAfter) {

		static Policy orDefaults(@Nullable Policy given, Policy defaults) {
			if (given == null) {
				return defaults;
			}
			return new Policy(given.freeFailures != null ? given.freeFailures : defaults.freeFailures,
					given.firstDelay != null ? given.firstDelay : defaults.firstDelay,
					given.maxDelay != null ? given.maxDelay : defaults.maxDelay,
					given.lockAfter != null ? given.lockAfter : defaults.lockAfter,
					given.lockDuration != null ? given.lockDuration : defaults.lockDuration,
					given.resetAfter != null ? given.resetAfter : defaults.resetAfter);
		}

		/** Whether the {@code failures}th failure locks. */
		boolean locks(int failures) {
			return failures >= lockAfter();
		}

		/** How long the caller waits after its {@code failures}th failure: nothing, a growing delay or the lock. */
		Duration waitAfter(int failures) {
			if (locks(failures)) {
				return lockDuration();
			}
			int beyond = failures - freeFailures();
			if (beyond <= 0) {
				return Duration.ZERO;
			}
			Duration delay = firstDelay().multipliedBy(1L << Math.min(beyond - 1, 30));
			return delay.compareTo(maxDelay()) > 0 ? maxDelay() : delay;
		}

		@Override
		public Integer freeFailures() {
			return Objects.requireNonNull(freeFailures);
		}

		@Override
		public Duration firstDelay() {
			return Objects.requireNonNull(firstDelay);
		}

		@Override
		public Duration maxDelay() {
			return Objects.requireNonNull(maxDelay);
		}

		@Override
		public Integer lockAfter() {
			return Objects.requireNonNull(lockAfter);
		}

		@Override
		public Duration lockDuration() {
			return Objects.requireNonNull(lockDuration);
		}

		@Override
		public Duration resetAfter() {
			return Objects.requireNonNull(resetAfter);
		}
	}
}
