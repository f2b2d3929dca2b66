package cn.oneteam.casehandling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * An action of the general procedure — done, requested for approval, approved, rejected or refused — as it goes into
 * the case's full-process record. A refused action is recorded too, in its own transaction, with the reasons.
 */
public record CaseActionRecorded(long caseId, String action, long actorAccountId, List<String> certificateNumbers,
		OffsetDateTime occurredAt, Map<String, Object> facts) implements RecordedFact {

	@Override
	public String subjectType() {
		return OnTheSpotPenaltyDecided.SUBJECT;
	}

	@Override
	public long subjectId() {
		return caseId;
	}
}
