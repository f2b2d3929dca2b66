package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 当场处罚决定: what the officers record after deciding on the spot: the matter and place, the party, the facts, the
 * penalty, the number printed on the pre-numbered decision form, and the officers who decided (处罚法 §52).
 */
public record OnTheSpotDecision(String matterCode, DivisionCode place, LocalDate decidedOn, PartyKind partyKind,
		String partyName, String facts, Set<PenaltyKind> penaltyKinds, @Nullable BigDecimal fine, String formNumber,
		List<PersonId> officers) {

	public OnTheSpotDecision {
		penaltyKinds = Set.copyOf(penaltyKinds);
		officers = List.copyOf(officers);
	}
}
