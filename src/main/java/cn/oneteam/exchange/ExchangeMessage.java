package cn.oneteam.exchange;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message to a partner as the exchange page and API show it (docs/adr/0021-approval-exchange.md): its id (the
 * receiver's idempotency key), kind, payload, status, attempts, the last answer or error, and when it was created,
 * delivered and acknowledged. {@code waiting}: pending on a partner that has no endpoint yet.
 */
public record ExchangeMessage(UUID id, String partnerCode, String partnerName, Kind kind, @Nullable Long subjectId,
		String payload, Status status, int attempts, OffsetDateTime nextAttemptAt, @Nullable Integer lastStatus,
		@Nullable String lastError, OffsetDateTime createdAt, @Nullable OffsetDateTime deliveredAt,
		@Nullable OffsetDateTime acknowledgedAt, @Nullable String acknowledgement, boolean waiting) {

	public enum Kind {
		CASE_FILED, CASE_DECIDED, LICENCE_REVOKED
	}

	public enum Status {
		PENDING, DELIVERED, DEAD
	}
}
