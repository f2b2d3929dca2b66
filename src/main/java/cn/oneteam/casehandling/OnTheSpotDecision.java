package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * 当场处罚决定: what the officers record after deciding on the spot: the matter and place, the party, the facts, the
 * penalty, the number printed on the pre-numbered decision form, the officers who decided (处罚法 §52), and whether
 * the party was told of the facts, reasons and basis and of the right to state and defend (§44). {@code subjectId}: the
 * party chosen from the register of subjects, whose name and particulars the case then keeps as of the decision
 * (docs/adr/0023-case-party-from-register.md).
 */
public record OnTheSpotDecision(String matterCode, DivisionCode place, LocalDate decidedOn, PartyKind partyKind,
		String partyName, String facts, Set<PenaltyKind> penaltyKinds, @Nullable @Money BigDecimal fine, String formNumber,
		List<PersonId> officers, boolean partyInformed, @Nullable OnTheSpotCollection collection,
		@Nullable Long subjectId) {

	static final int MAX_OFFICERS = 6;

	/** A decision whose party is named in free text. */
	public OnTheSpotDecision(String matterCode, DivisionCode place, LocalDate decidedOn, PartyKind partyKind,
			String partyName, String facts, Set<PenaltyKind> penaltyKinds, @Nullable BigDecimal fine, String formNumber,
			List<PersonId> officers, boolean partyInformed, @Nullable OnTheSpotCollection collection) {
		this(matterCode, place, decidedOn, partyKind, partyName, facts, penaltyKinds, fine, formNumber, officers,
				partyInformed, collection, null);
	}

	public OnTheSpotDecision {
		requireText("partyName", partyName, 200);
		requireText("facts", facts, 2000);
		requireText("formNumber", formNumber, 60);
		if (penaltyKinds == null || penaltyKinds.stream().anyMatch(Objects::isNull) || officers == null
				|| officers.stream().anyMatch(Objects::isNull) || officers.size() > MAX_OFFICERS) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.input-invalid", List.of(), "penaltyKinds/officers");
		}
		if (fine != null && fine.stripTrailingZeros().scale() > 2) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.input-invalid", List.of(), "fine");
		}
		penaltyKinds = Set.copyOf(penaltyKinds);
		officers = List.copyOf(officers);
	}

	private static void requireText(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank() || value.length() > max || value.indexOf('\u0000') >= 0) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.input-invalid", List.of(), field);
		}
	}
}
