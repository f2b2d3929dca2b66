package cn.oneteam.subject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/** A change of a subject (registered, closed): recorded in its full-process record. */
public record SubjectRecorded(long id, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	static final String SUBJECT = "market_subject";

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public long subjectId() {
		return id;
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
