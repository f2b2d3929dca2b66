package cn.oneteam.casehandling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/** 当场收缴的罚款上交 (处罚法 §71) of an on-the-spot decision: recorded in the case's full-process record. */
public record CashHandedOver(long caseId, long actorAccountId, OffsetDateTime occurredAt, Map<String, Object> facts)
		implements RecordedFact {

	@Override
	public String subjectType() {
		return OnTheSpotPenaltyDecided.SUBJECT;
	}

	@Override
	public long subjectId() {
		return caseId;
	}

	@Override
	public String action() {
		return "cash-handed-over";
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
