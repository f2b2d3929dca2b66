package cn.oneteam.whistle;

import java.time.OffsetDateTime;

import cn.oneteam.shared.DivisionCode;

/** 吹哨办结: a whistle was closed (docs/adr/0014-typed-events.md). */
public record WhistleClosed(long whistleId, DivisionCode township, OffsetDateTime occurredAt) {
}
