package cn.oneteam.supervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A step of a complaint (received, accepted, refused, extended, concluded) in the full-process record under subject
 * type {@code supervision_complaint}, in the step's own transaction (docs/adr/0033-enforcement-complaints.md). The
 * complainant's name and phone are never among the facts.
 */
public record ComplaintRecorded(long subjectId, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	public static final String SUBJECT = "supervision_complaint";

	public ComplaintRecorded {
		facts = Map.copyOf(facts);
	}

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
