package cn.oneteam.casehandling.general;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/**
 * 不得因陈述申辩加重处罚 (处罚法 §45 para 2; 市监程序规定 §58): once the party has stated, defended or asked for a hearing,
 * the decision may not add a kind of penalty the notice did not name, nor a larger fine. A lighter or equal decision is
 * always allowed; without a response this rule sets no limit. Following docs/legal/procedure.md#no-heavier-penalty the limit is the
 * notified penalty itself (a heavier one needs a new notice on new facts); confiscated amounts and suspension terms
 * are not compared here.
 */
public final class NoHeavierPenalty {

	private NoHeavierPenalty() {
	}

	/** The reason (message code) why the decision is heavier than the notice; none when it is not. */
	public static Optional<String> reasonAgainst(Set<PenaltyKind> notifiedKinds, @Nullable BigDecimal notifiedFine,
			Set<PenaltyKind> decidedKinds, @Nullable BigDecimal decidedFine,
			boolean partyStatedDefendedOrAskedHearing) {
		if (!partyStatedDefendedOrAskedHearing) {
			return Optional.empty();
		}
		// 处罚法 §45 para 2, 市监程序规定 §58: no kind and no amount beyond the notice
		boolean addedKind = !notifiedKinds.containsAll(decidedKinds);
		boolean largerFine = decidedFine != null && (notifiedFine == null || decidedFine.compareTo(notifiedFine) > 0);
		return addedKind || largerFine ? Optional.of("case.heavier-than-notified") : Optional.empty();
	}
}
