package cn.oneteam.whistle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/** A step of a whistle (raised, acknowledged, arrived, …, rated, overdue): recorded in its full-process record. */
record WhistleRecorded(long whistleId, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	static final String SUBJECT = "whistle";

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public long subjectId() {
		return whistleId;
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
