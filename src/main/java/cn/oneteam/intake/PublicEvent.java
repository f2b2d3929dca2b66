package cn.oneteam.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What anyone holding the tracking number sees: the progress of the event (of the event it was merged into, if it
 * was), the unit handling it, the reply, and nothing personal — the reporter's contact never leaves.
 */
public record PublicEvent(String trackingNumber, @Nullable String mergedInto, EventState state, RequestType requestType,
		@Nullable String matterCode, @Nullable String matterName, String description, String place,
		@Nullable String address, @Nullable String agency, OffsetDateTime receivedAt, OffsetDateTime updatedAt,
		@Nullable LocalDate expectedOn, @Nullable String reply, @Nullable OffsetDateTime repliedAt,
		@Nullable Satisfaction satisfaction, int reopenCount) {

	/** The reporter may rate once, or say "not fixed", while the reply stands unrated. */
	public boolean awaitsRating() {
		return state == EventState.REPLIED;
	}
}
