package cn.oneteam.inspection.draw;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RecordedFact;

/** A draw made: recorded in the full-process record under subject type {@code inspection_draw} (docs/adr/0026-the-draw.md). */
record DrawRecorded(long subjectId, long actorAccountId, OffsetDateTime occurredAt, Map<String, Object> facts)
		implements RecordedFact {

	static final String SUBJECT = "inspection_draw";

	@Override
	public String subjectType() {
		return SUBJECT;
	}

	@Override
	public String action() {
		return "draw";
	}

	@Override
	public List<String> certificateNumbers() {
		return List.of();
	}
}
