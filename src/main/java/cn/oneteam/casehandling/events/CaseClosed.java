package cn.oneteam.casehandling.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 结案 (市监 §77): a case was closed (docs/adr/0014-typed-events.md). */
public record CaseClosed(long caseId, LocalDate closedOn, OffsetDateTime occurredAt) implements CaseChanged {
}
