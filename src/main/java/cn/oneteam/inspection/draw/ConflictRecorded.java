package cn.oneteam.inspection.draw;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/**
 * A conflict declared or ended: recorded in the full-process record under subject type
 * {@code inspection_draw_conflict} (docs/adr/0032-inspectors-library-and-recusal.md).
 */
record ConflictRecorded(long subjectId, String action, long actorAccountId, OffsetDateTime occurredAt,
		Map<String, Object> facts) implements RecordedFact {

	static final String SUBJECT = "inspection_draw_conflict";

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
