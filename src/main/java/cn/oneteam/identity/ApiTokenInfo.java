package cn.oneteam.identity;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it later: never the secret itself. */
public record ApiTokenInfo(long id, String name, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt,
		@Nullable OffsetDateTime revokedAt) {
}
