package cn.oneteam.intake;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * 受理回执: the tracking number the reporter follows the event with, when it was received, its state and the body
 * it was routed to; {@code repeated} when a hotline order already received was sent again (nothing new was made).
 */
public record Receipt(String trackingNumber, @Nullable String externalId, OffsetDateTime receivedAt, EventState state,
		@Nullable String agency, boolean repeated) {
}
