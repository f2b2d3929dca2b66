package cn.oneteam.casehandling.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * 送达 (处罚法 §61): the decision was served on the party; a fine is due from then (docs/adr/0014-typed-events.md).
 */
public record DecisionServed(long caseId, LocalDate servedOn, @Nullable LocalDate paymentDue,
		OffsetDateTime occurredAt) implements CaseChanged {
}
