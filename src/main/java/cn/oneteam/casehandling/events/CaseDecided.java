package cn.oneteam.casehandling.events;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 作出决定 (处罚法 §51, §57): a case was decided — a penalty on the spot or in the general procedure, no penalty, or a
 * transfer — published to other modules through the event publication registry (docs/adr/0014-typed-events.md). {@code subjectId}: the party in the register of subjects, when it was taken
 * from there (docs/adr/0019-subject-register.md).
 */
public record CaseDecided(long caseId, PenaltyCase.Procedure procedure, DivisionCode place, long actingBodyId,
		String matterCode, PartyKind partyKind, String partyName, @Nullable Long subjectId, CaseOutcome outcome, Set<PenaltyKind> kinds,
		@Nullable BigDecimal fine, @Nullable String decisionNumber, LocalDate decidedOn, OffsetDateTime occurredAt)
		implements CaseChanged {
}
