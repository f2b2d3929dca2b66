package cn.oneteam.intake;

import java.time.OffsetDateTime;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/** 受理: an event was received from a channel (docs/adr/0014-typed-events.md). */
public record EventReceived(long eventId, EventChannel channel, DivisionCode place, @Nullable String matterCode,
		OffsetDateTime occurredAt) {
}
