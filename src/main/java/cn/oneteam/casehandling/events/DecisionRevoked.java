package cn.oneteam.casehandling.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 撤销: the case's decision was revoked (终结执行 on the ground 据以执行的行政决定被撤销, 强制法 §40), on the day with the
 * reasons the case recorded; a published decision is then withdrawn (处罚法 §48; docs/adr/0043-published-decisions.md,
 * docs/adr/0014-typed-events.md).
 */
public record DecisionRevoked(long caseId, LocalDate revokedOn, String reason, OffsetDateTime occurredAt)
		implements CaseChanged {
}
