package cn.oneteam.casehandling.events;

import cn.oneteam.casehandling.PartyKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import cn.oneteam.shared.DivisionCode;

/**
 * 立案 (处罚法 §54): a general-procedure case was filed — published to other modules through the event publication
 * registry (docs/adr/0014-typed-events.md). {@code subjectId}: the party in the register of subjects, when it was taken from
 * there (docs/adr/0019-subject-register.md).
 */
public record CaseFiled(long caseId, DivisionCode place, long actingBodyId, String matterCode, PartyKind partyKind,
		String partyName, @Nullable Long subjectId, LocalDate filedOn, OffsetDateTime occurredAt) implements CaseChanged {
}
