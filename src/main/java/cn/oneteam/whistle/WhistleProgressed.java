package cn.oneteam.whistle;

import java.time.OffsetDateTime;

/**
 * 吹哨的一步: a step of a whistle was taken by the township or a department (raised, acknowledged, arrived, reported,
 * confirmed, reopened, urged, rated — {@code step} is the name its full-process record uses), published in the step's
 * transaction (docs/adr/0014-typed-events.md). The dashboards refresh the whistle's figures from it
 * (docs/adr/0050-dashboards-and-projections.md).
 */
public record WhistleProgressed(long whistleId, String step, OffsetDateTime occurredAt) {
}
