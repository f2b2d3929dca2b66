package cn.oneteam.casehandling.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 缴纳 (处罚法 §67): a payment towards a case's fine was received; {@code settled} once nothing is owed any more
 * (docs/adr/0014-typed-events.md).
 */
public record FinePaid(long caseId, BigDecimal amount, LocalDate paidOn, boolean settled, OffsetDateTime occurredAt)
		implements CaseChanged {
}
