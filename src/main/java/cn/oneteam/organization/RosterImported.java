package cn.oneteam.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A roster import that changed people, in the full-process record under subject type {@code organization_roster} and
 * the organisation's id: the file's name and digest, the counts and the people created and updated, never an ID
 * number. An import that changes nothing records nothing (docs/adr/0048-onboarding-a-county.md).
 */
public record RosterImported(long subjectId, long actorAccountId, OffsetDateTime occurredAt, Map<String, Object> facts)
		implements RecordedFact {

	public static final String SUBJECT = "organization_roster";

	public RosterImported {
		facts = Map.copyOf(facts);
	}

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public String action() {
		return "roster-imported";
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
