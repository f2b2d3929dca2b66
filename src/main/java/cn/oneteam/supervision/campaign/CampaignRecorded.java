package cn.oneteam.supervision.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A step of a review campaign (created, drawn, scored) in the full-process record under subject type
 * {@code supervision_campaign}, in the step's transaction (docs/adr/0035-review-campaigns-and-rectification.md).
 */
public record CampaignRecorded(long subjectId, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	public static final String SUBJECT = "supervision_campaign";

	public CampaignRecorded {
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
