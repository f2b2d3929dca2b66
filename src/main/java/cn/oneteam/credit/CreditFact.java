package cn.oneteam.credit;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A fact of a subject's credit record: it counts from {@code occurredOn} through {@code countsUntil}, unless it ended
 * earlier ({@code endedOn}: a list entry removed, a repair approved — it no longer counts from that day). A decided
 * penalty keeps its publication dates (empty: not published) and whether its fine is paid
 * (docs/adr/0022-credit-and-risk.md).
 */
public record CreditFact(long id, long subjectId, FactKind kind, String source, LocalDate occurredOn,
		LocalDate countsUntil, @Nullable LocalDate endedOn, String reason, @Nullable Long caseId,
		@Nullable String matterCode, @Nullable String decisionNumber, @Nullable BigDecimal fine, boolean finePaid,
		@Nullable LocalDate publishUntilGsxt, @Nullable LocalDate publishUntilNdrc) {

	/** Whether the fact counts on the day. */
	public boolean countsOn(LocalDate day) {
		return !day.isBefore(occurredOn) && !day.isAfter(countsUntil) && (endedOn == null || day.isBefore(endedOn));
	}

	/** Whether the fact is a decided penalty. */
	public boolean isPenalty() {
		return kind == FactKind.PENALTY_GENERAL || kind == FactKind.PENALTY_SIMPLE || kind == FactKind.PENALTY_WARNING
				|| kind == FactKind.HEAVIER_PENALTY;
	}

	/** The penalty was performed as far as OneTeam knows: no fine, or the fine paid in full. */
	public boolean performed() {
		return fine == null || fine.signum() == 0 || finePaid;
	}
}
