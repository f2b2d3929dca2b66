package cn.oneteam.identity;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it later: never the secret itself; when it expires and what it may do. */
public record ApiTokenInfo(long id, String name, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt,
		@Nullable OffsetDateTime revokedAt, OffsetDateTime expiresAt, TokenScope scope) {
}
