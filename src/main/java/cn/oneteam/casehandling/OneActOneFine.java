package cn.oneteam.casehandling;

import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;

/**
 * 一事不再罚 (处罚法 §29): the same violation may not be fined twice; other kinds of penalty are not barred. (Where one
 * act breaks several norms that each carry a fine, the norm with the highest fine applies; choosing that norm is not
 * checked here.)
 */
final class OneActOneFine {

	private OneActOneFine() {
	}

	/** The reason (message code) why the proposed penalty fines the act a second time; none otherwise. */
	static Optional<String> reasonAgainst(Set<PenaltyKind> proposed, boolean sameActAlreadyFined) {
		// 处罚法 §29: no second fine for the same act
		return sameActAlreadyFined && proposed.contains(PenaltyKind.FINE) ? Optional.of("case.act-already-fined")
				: Optional.empty();
	}
}
