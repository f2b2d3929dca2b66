package cn.oneteam.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.oneteam.platform.ReferenceDataChanged;
import cn.oneteam.shared.TransactionEnd;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The tokens accepted lately, kept in memory by their digest so that a request signed by a token reads nothing
 * (docs/adr/0057-the-scale-path.md, "Token checks kept in memory"). Whatever could change a kept answer empties the
 * whole copy: this instance's own revocation when it commits, and any instance's change to a token, an account, its
 * roles or an organisation, notified on the reference-data channel by the triggers of V0153 (or a reconnection, when
 * notifications may have been missed). An answer is also kept at most {@code oneteam.identity.token-fresh} (one minute
 * unless configured), and a token's expiry is checked against the clock on every use.
 */
@Component
class AcceptedTokens {

	/** More tokens than this in use at once: the copy starts again rather than grow without bound. */
	private static final int MAX_KEPT = 10_000;

	/** The tables whose change may change a kept answer, as notified (V0145, V0153). */
	private static final List<String> WHAT_ANSWERS_REST_ON = List.of("api_token", "account", "account_role",
			"organization", "organization_territory");

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	/** Moves on every emptying: an answer read before an emptying is not kept after it. */
	private final AtomicLong generation = new AtomicLong();

	private final long freshNanos;

	AcceptedTokens(@Value("${oneteam.identity.token-fresh:PT1M}") Duration fresh) {
		this.freshNanos = fresh.toNanos();
	}

	/** The generation to hand back to {@link #keep}, read before the token is. */
	long generation() {
		return generation.get();
	}

	/** The token's kept answer, unless there is none or it is older than the freshness. */
	@Nullable
	Kept find(String digest) {
		Kept found = kept.get(digest);
		return found == null || System.nanoTime() - found.keptAt >= freshNanos ? null : found;
	}

	/** Keeps an answer read in generation {@code readIn}, unless the copy was emptied since. */
	void keep(String digest, Kept answer, long readIn) {
		if (freshNanos <= 0) {
			return;
		}
		if (kept.size() >= MAX_KEPT) {
			kept.clear(); // room, not a change: the answer just read stays good
		}
		kept.put(digest, answer);
		if (generation.get() != readIn) {
			kept.remove(digest, answer);
		}
	}

	/** The current transaction revokes a token: the copy is emptied when it commits (and now, for readers meanwhile). */
	void changing() {
		forgetAll();
		TransactionEnd.then(this::forgetAll);
	}

	/** First among the listeners: a reload of another copy that fails must not keep tokens accepted (docs/adr/0057-the-scale-path.md). */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(ReferenceDataChanged changed) {
		if (WHAT_ANSWERS_REST_ON.stream().anyMatch(changed::touches)) {
			forgetAll();
		}
	}

	private void forgetAll() {
		generation.incrementAndGet();
		kept.clear();
	}

	/**
	 * An accepted token: whose it is, until when, in which scope; {@code noted} is when this instance last wrote its
	 * use down (to the minute, {@link AccountRepository#tokenUsed}).
	 */
	static final class Kept {

		final long tokenId;

		final OffsetDateTime expiresAt;

		final boolean readOnly;

		final AccountPrincipal principal;

		final long keptAt = System.nanoTime();

		volatile @Nullable OffsetDateTime noted;

		Kept(long tokenId, OffsetDateTime expiresAt, boolean readOnly, AccountPrincipal principal,
				@Nullable OffsetDateTime noted) {
			this.tokenId = tokenId;
			this.expiresAt = expiresAt;
			this.readOnly = readOnly;
			this.principal = principal;
			this.noted = noted;
		}
	}
}
