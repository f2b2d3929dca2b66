package cn.oneteam.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.oneteam.shared.PersonalData;
import org.jspecify.annotations.Nullable;

/**
 * What anyone holding the tracking number sees: the progress of the event (of the event it was merged into, if it
 * was), the unit handling it, the reply, and nothing personal — the reporter's contact never leaves, and the free text
 * (description, address, reply) is masked here, once, for every public answer and page
 * (docs/adr/0010-personal-data-masking.md).
 */
public record PublicEvent(String trackingNumber, @Nullable String mergedInto, EventState state, RequestType requestType,
		@Nullable String matterCode, @Nullable String matterName, String description, String place,
		@Nullable String address, @Nullable String agency, OffsetDateTime receivedAt, OffsetDateTime updatedAt,
		@Nullable LocalDate expectedOn, @Nullable String reply, @Nullable OffsetDateTime repliedAt,
		@Nullable Satisfaction satisfaction, int reopenCount) {

	public PublicEvent {
		description = PersonalData.maskText(description);
		address = address == null ? null : PersonalData.maskText(address);
		reply = reply == null ? null : PersonalData.maskText(reply);
	}

	/** The reporter may rate once, or say "not fixed", while the reply stands unrated. */
	public boolean awaitsRating() {
		return state == EventState.REPLIED;
	}
}
