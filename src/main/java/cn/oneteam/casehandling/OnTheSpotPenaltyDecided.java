package cn.oneteam.casehandling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/** 当场作出行政处罚决定: recorded in the case's full-process record. */
public record OnTheSpotPenaltyDecided(long caseId, long actorAccountId, List<String> certificateNumbers,
		OffsetDateTime occurredAt, Map<String, Object> facts) implements RecordedFact {

	public static final String SUBJECT = "penalty_case";

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public long subjectId() {
		return caseId;
	}

	@Override
	public String action() {
		return "on-the-spot-decided";
	}
}
