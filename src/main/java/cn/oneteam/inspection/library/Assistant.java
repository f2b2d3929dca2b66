package cn.oneteam.inspection.library;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An expert or testing body registered by a department (docs/adr/0032-inspectors-library-and-recusal.md): may be
 * attached to a visit as an assistant; never holds a certificate here, is never drawn and never counts towards the
 * certified inspectors a visit needs. Ended, never deleted.
 */
public record Assistant(long id, long departmentId, AssistantKind kind, String name, String organisation,
		String expertise, OffsetDateTime registeredAt, @Nullable OffsetDateTime endedAt) {
}
