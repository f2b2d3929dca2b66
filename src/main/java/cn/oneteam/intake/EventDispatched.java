package cn.oneteam.intake;

import java.time.OffsetDateTime;

/** 派遣: an event was dispatched to the body that must handle it (docs/adr/0014-typed-events.md). */
public record EventDispatched(long eventId, long bodyId, OffsetDateTime occurredAt) {
}
