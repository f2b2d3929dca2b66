package cn.oneteam.credit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A change of a subject's credit record (a fact, a listing, a removal, a repair, a new class): recorded in the
 * subject's own full-process record, subject type {@code market_subject} as the register records it
 * (docs/adr/0019-subject-register.md).
 */
record CreditRecorded(long subjectId, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	static final String SUBJECT = "market_subject";

	/** The system, acting on another module's event (the actor is in that module's record). */
	static final long SYSTEM = 0L;

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
