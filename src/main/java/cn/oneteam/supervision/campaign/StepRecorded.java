package cn.oneteam.supervision.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A step of a review campaign (subject type {@value #CAMPAIGN}: created, drawn, scored) or of a rectification task
 * ({@value #RECTIFICATION}: opened, answered, closed, reopened) in the full-process record, in the step's transaction
 * (docs/adr/0035-review-campaigns-and-rectification.md).
 */
public record StepRecorded(String subjectType, long subjectId, String action, long actorAccountId,
		OffsetDateTime occurredAt, Map<String, Object> facts) implements RecordedFact {

	public static final String CAMPAIGN = "supervision_campaign";

	public static final String RECTIFICATION = "supervision_rectification";

	public StepRecorded {
		facts = Map.copyOf(facts);
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
