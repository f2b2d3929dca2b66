package cn.oneteam.inspection;

import java.time.OffsetDateTime;

/**
 * An inspection visit was planned, merged into a joint visit, reshaped, cancelled or its result recorded
 * ({@code step} is the name its full-process record uses), published in that transaction
 * (docs/adr/0014-typed-events.md). The dashboards refresh the visit's figures from it
 * (docs/adr/0050-dashboards-and-projections.md).
 */
public record InspectionVisitChanged(long visitId, String step, OffsetDateTime occurredAt) {
}
