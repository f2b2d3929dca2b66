package cn.oneteam.inspection.targeted;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A step of a targeted inspection (requested, approved, refused) in the full-process record under subject type
 * {@code inspection_targeted} (docs/adr/0028-joint-visits.md), in the step's own transaction.
 */
public record TargetedRecorded(long subjectId, String action, long actorAccountId, List<String> certificateNumbers,
		OffsetDateTime occurredAt, Map<String, Object> facts) implements RecordedFact {

	public static final String SUBJECT = "inspection_targeted";

	public TargetedRecorded {
		certificateNumbers = List.copyOf(certificateNumbers);
		facts = Map.copyOf(facts);
	}

	@Override
	public String subjectType() {
		return SUBJECT;
	}
}
