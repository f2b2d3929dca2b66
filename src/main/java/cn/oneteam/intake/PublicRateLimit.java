package cn.oneteam.intake;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.oneteam.shared.ClientAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 限流 of the public channels (no account, no captcha): token buckets per client address kept in the database, so
 * that every instance counts the same. Reports take from one bucket ({@code public-rate}: {@code capacity} at once,
 * refilled at {@code perHour}), tracking-number lookups from another ({@code lookup-rate}), so that guessing numbers is
 * slow and following one's own report never costs the right to send one. A refusal is a 429 and changes nothing else.
 */
@Component
class PublicRateLimit {

	private static final String REPORT = "report";

	private static final String LOOKUP = "lookup";

	private final JdbcClient jdbc;

	private final IntakeProperties properties;

	private final Clock clock;

	PublicRateLimit(JdbcClient jdbc, IntakeProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Takes a report token for the client, or refuses with 429. Committed on its own, so that refused attempts count too. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = IntakeViolation.class)
	public void take(String client) {
		IntakeProperties.RateLimit limit = properties.publicRate();
		if (!granted(REPORT, client, limit.capacity(), limit.perHour())) {
			throw new IntakeViolation(429, "intake.rate-limited", limit.capacity(), limit.perHour());
		}
	}

	/**
	 * Takes a lookup token for the client before a tracking number is looked up (found or not), or refuses with 429.
	 * Committed on its own, so that refused attempts count too.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = IntakeViolation.class)
	public void lookup(String client) {
		IntakeProperties.LookupRate limit = properties.lookupRate();
		if (!granted(LOOKUP, client, limit.capacity(), limit.perHour())) {
			throw new IntakeViolation(429, "intake.lookup-rate-limited", limit.capacity(), limit.perHour());
		}
	}

	private boolean granted(String bucket, String client, int capacity, int perHour) {
		return Boolean.TRUE.equals(jdbc.sql("""
				insert into intake_rate_bucket as b (bucket, client, tokens, refreshed_at, granted)
				values (:bucket, :client, :capacity - 1, :now, true)
				on conflict (bucket, client) do update set
				  granted = least(:capacity, b.tokens + extract(epoch from (:now - b.refreshed_at)) * :perSecond) >= 1,
				  tokens = least(:capacity, b.tokens + extract(epoch from (:now - b.refreshed_at)) * :perSecond)
				           - case when least(:capacity, b.tokens + extract(epoch from (:now - b.refreshed_at))
				                  * :perSecond) >= 1 then 1 else 0 end,
				  refreshed_at = :now
				returning granted""")
			.param("bucket", bucket)
			.param("client", ClientAddress.key(client)) // IPv6 by its /64: one host holds the whole network
			.param("capacity", (double) capacity)
			.param("perSecond", perHour / 3600.0)
			.param("now", OffsetDateTime.now(clock))
			.query(Boolean.class)
			.single());
	}
}
