package cn.oneteam.intake;

import cn.oneteam.platform.ClientRateBuckets;
import org.springframework.stereotype.Component;

/**
 * 限流 of the public channels (no account, no captcha): token buckets per client address kept in the database by
 * {@link ClientRateBuckets}, so that every instance counts the same. Reports take from one bucket ({@code public-rate}:
 * {@code capacity} at once, refilled at {@code perHour}), tracking-number lookups from another ({@code lookup-rate}),
 * so that guessing numbers is slow and following one's own report never costs the right to send one. A refusal is a
 * 429 and changes nothing else.
 */
@Component
class PublicRateLimit {

	private static final String REPORT = "report";

	private static final String LOOKUP = "lookup";

	private final ClientRateBuckets buckets;

	private final IntakeProperties properties;

	PublicRateLimit(ClientRateBuckets buckets, IntakeProperties properties) {
		this.buckets = buckets;
		this.properties = properties;
	}

	/** Takes a report token for the client, or refuses with 429. Committed on its own, so that refused attempts count too. */
	public void take(String client) {
		IntakeProperties.RateLimit limit = properties.publicRate();
		if (!buckets.take(REPORT, client, limit.capacity(), limit.perHour())) {
			throw new IntakeViolation(429, "intake.rate-limited", limit.capacity(), limit.perHour());
		}
	}

	/**
	 * Takes a lookup token for the client before a tracking number is looked up (found or not), or refuses with 429.
	 * Committed on its own, so that refused attempts count too.
	 */
	public void lookup(String client) {
		IntakeProperties.LookupRate limit = properties.lookupRate();
		if (!buckets.take(LOOKUP, client, limit.capacity(), limit.perHour())) {
			throw new IntakeViolation(429, "intake.lookup-rate-limited", limit.capacity(), limit.perHour());
		}
	}
}
