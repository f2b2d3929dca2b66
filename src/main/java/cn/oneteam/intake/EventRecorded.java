package cn.oneteam.intake;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/** A change of an event (received, routed, dispatched, accepted, returned, replied, rated …), in its full-process record. */
public record EventRecorded(long eventId, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	public static final String SUBJECT = "intake_event";

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public long subjectId() {
		return eventId;
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
