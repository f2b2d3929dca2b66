package cn.oneteam.intake;

import java.time.OffsetDateTime;

import cn.oneteam.shared.DivisionCode;

/** 办结: an event was closed (docs/adr/0014-typed-events.md). */
public record EventClosed(long eventId, DivisionCode place, OffsetDateTime occurredAt) {
}
