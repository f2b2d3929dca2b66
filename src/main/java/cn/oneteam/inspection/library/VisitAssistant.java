package cn.oneteam.inspection.library;

import java.time.OffsetDateTime;

/** An assistant attached to a visit, by whom and when: never an inspector of it. */
public record VisitAssistant(long visitId, Assistant assistant, long addedBy, OffsetDateTime addedAt) {
}
