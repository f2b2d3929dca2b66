package cn.oneteam.inspection.visit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A step of a visit (planned, merged, recorded, published, cancelled, rated…) in the full-process record under subject
 * type {@code inspection_visit} (docs/adr/0027-visits-and-codes.md), in the step's own transaction.
 */
public record VisitRecorded(long subjectId, String action, long actorAccountId, List<String> certificateNumbers,
		OffsetDateTime occurredAt, Map<String, Object> facts) implements RecordedFact {

	public static final String SUBJECT = "inspection_visit";

	public VisitRecorded {
		certificateNumbers = List.copyOf(certificateNumbers);
		facts = Map.copyOf(facts);
	}

	@Override
	public String subjectType() {
		return SUBJECT;
	}
}
