package cn.oneteam.casehandling.events;

import java.time.OffsetDateTime;

/**
 * A step of a case went into its full-process record (an action done, requested, approved, rejected or refused, a
 * document issued, a clock moved by the calendar — {@code step} is the record's action name), published in the step's
 * transaction (docs/adr/0014-typed-events.md). It carries no facts: a listener reads what it needs from the case; the
 * dashboards refresh the case's figures from it (docs/adr/0050-dashboards-and-projections.md).
 */
public record CaseProgressed(long caseId, String step, OffsetDateTime occurredAt) {
}
