package cn.oneteam.platform;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.oneteam.shared.ClientAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 限流 of the public channels (no account, no captcha): one token bucket per named bucket and client address, kept in
 * the database so that every instance counts the same, in the table the public portal's reports first used
 * ({@code intake_rate_bucket}). A bucket holds {@code capacity} tokens at once and is refilled at {@code perHour}; an
 * IPv6 client counts as its /64. Each channel names its own bucket (intake's reports and tracking-number lookups,
 * inspection-code checks — docs/adr/0029-inspection-code-public-check-and-rating.md), so that using one never costs
 * another.
 */
@Component
public class ClientRateBuckets {

	private final JdbcClient jdbc;

	private final Clock clock;

	ClientRateBuckets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes a token from the client's bucket: true when there was one. Committed on its own, so that refused attempts
	 * count too and the caller's transaction, rolled back or not, changes nothing of it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean take(String bucket, String client, int capacity, int perHour) {
		return takeKeyed(bucket, ClientAddress.key(client), capacity, perHour); // IPv6 by its /64
	}

	/**
	 * As {@link #take}, the bucket kept under {@code key} as given — a keyed hash of the address the caller computed,
	 * so that a channel whose records must not be linked to an address (docs/adr/0044-party-case-look-up.md) never
	 * stores it. At most 64 characters.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean takeKeyed(String bucket, String key, int capacity, int perHour) {
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
			.param("client", key)
			.param("capacity", (double) capacity)
			.param("perSecond", perHour / 3600.0)
			.param("now", OffsetDateTime.now(clock))
			.query(Boolean.class)
			.single());
	}
}
