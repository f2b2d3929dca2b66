package cn.oneteam.casehandling.events;

import java.time.OffsetDateTime;

/** What every event of a case published to other modules carries: the case and when (docs/adr/0014-typed-events.md). */
public sealed interface CaseChanged
		permits CaseFiled, CaseDecided, DecisionServed, DecisionRevoked, FinePaid, CaseClosed, CaseTransferred {

	long caseId();

	OffsetDateTime occurredAt();
}
