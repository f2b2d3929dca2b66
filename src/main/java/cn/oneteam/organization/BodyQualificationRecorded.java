package cn.oneteam.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A step of a body's qualification (confirmed, published, revoked) in the full-process record under subject type
 * {@code body_qualification}, in the step's own transaction (docs/adr/0037-enforcement-bodies-qualification.md).
 */
public record BodyQualificationRecorded(long subjectId, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	public static final String SUBJECT = "body_qualification";

	public BodyQualificationRecorded {
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
