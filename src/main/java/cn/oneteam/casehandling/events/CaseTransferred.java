package cn.oneteam.casehandling.events;

import cn.oneteam.casehandling.MeasureInputs;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 移送 (处罚法 §27; 市监 §19–§20): a case was transferred to the judiciary or to another body
 * (docs/adr/0014-typed-events.md).
 */
public record CaseTransferred(long caseId, MeasureInputs.TransferKind kind, String receiver, LocalDate on,
		OffsetDateTime occurredAt) implements CaseChanged {
}
