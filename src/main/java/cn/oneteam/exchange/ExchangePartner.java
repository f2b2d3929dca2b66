package cn.oneteam.exchange;

import java.io.Serializable;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An approval department OneTeam exchanges with, as every answer shows it — never its secret
 * (docs/adr/0021-approval-exchange.md). {@code endpoint} is absent until its system is reachable; messages wait.
 */
public record ExchangePartner(long id, String code, String name, @Nullable Long organizationId,
		@Nullable String endpoint, boolean active, OffsetDateTime registeredAt, OffsetDateTime secretRotatedAt)
		implements Serializable {
}
