package cn.oneteam.subject;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A subject as a case's party: its code whole — a natural person's 公民身份号码 unmasked, for the case to keep as of
 * the decision and to show masked (docs/adr/0023-case-party-from-register.md) — with its address, representative and
 * status. Read by the case-handling module, for a case whose party the subject is, and by a draw's population, whose
 * keys take the whole code (docs/adr/0026-the-draw.md).
 */
public record SubjectParty(long id, SubjectKind kind, String code, String name, String divisionCode,
		String streetAddress, @Nullable String representative, SubjectStatus status, @Nullable LocalDate closedOn) {

	/** Whether the code is a 公民身份号码 (shown masked) rather than a 统一社会信用代码. */
	public boolean identifiedByIdNumber() {
		return kind.identifiedByIdNumber();
	}
}
