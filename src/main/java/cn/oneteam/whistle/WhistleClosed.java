package cn.oneteam.whistle;

import java.time.OffsetDateTime;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 吹哨办结: a whistle was closed (docs/adr/0014-typed-events.md); {@code eventId} is the intake event it was raised
 * for, if any.
 */
public record WhistleClosed(long whistleId, DivisionCode township, OffsetDateTime occurredAt, @Nullable Long eventId) {
}
