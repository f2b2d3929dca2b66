package cn.oneteam.intake;

import java.time.OffsetDateTime;

/**
 * A step of an event went into its full-process record (arrived, replied, rated, reopened, urged, escalated, overdue
 * … — {@code step} is the record's action name), published in the step's transaction (docs/adr/0014-typed-events.md).
 * It carries no facts; the dashboards refresh the event's figures from it
 * (docs/adr/0050-dashboards-and-projections.md).
 */
public record EventProgressed(long eventId, String step, OffsetDateTime occurredAt) {
}
