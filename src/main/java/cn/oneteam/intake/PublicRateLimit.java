package cn.oneteam.intake;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 限流 of the public channels (no account, no captcha): a token bucket per client address kept in the database, so
 * that every instance counts the same; {@code capacity} reports at once, refilled at {@code perHour}. A refusal is a
 * 429 and changes nothing else.
 */
@Component
class PublicRateLimit {

	private final JdbcClient jdbc;

	private final IntakeProperties properties;

	private final Clock clock;

	PublicRateLimit(JdbcClient jdbc, IntakeProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Takes a token for the client, or refuses with 429. Committed on its own, so that refused attempts count too. */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = IntakeViolation.class)
	public void take(String client) {
		IntakeProperties.RateLimit limit = properties.publicRate();
		boolean granted = Boolean.TRUE.equals(jdbc.sql("""
				insert into intake_rate_bucket as b (client, tokens, refreshed_at, granted)
				values (:client, :capacity - 1, :now, true)
				on conflict (client) do update set
				  granted = least(:capacity, b.tokens + extract(epoch from (:now - b.refreshed_at)) * :perSecond) >= 1,
				  tokens = least(:capacity, b.tokens + extract(epoch from (:now - b.refreshed_at)) * :perSecond)
				           - case when least(:capacity, b.tokens + extract(epoch from (:now - b.refreshed_at))
				                  * :perSecond) >= 1 then 1 else 0 end,
				  refreshed_at = :now
				returning granted""")
			.param("client", client.length() > 64 ? client.substring(0, 64) : client)
			.param("capacity", (double) limit.capacity())
			.param("perSecond", limit.perHour() / 3600.0)
			.param("now", OffsetDateTime.now(clock))
			.query(Boolean.class)
			.single());
		if (!granted) {
			throw new IntakeViolation(429, "intake.rate-limited", limit.capacity(), limit.perHour());
		}
	}
}
