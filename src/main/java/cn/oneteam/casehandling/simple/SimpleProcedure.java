package cn.oneteam.casehandling.simple;

import cn.oneteam.casehandling.OnTheSpotCollection;
import cn.oneteam.casehandling.PartyKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/**
 * 简易程序 (处罚法 §51): a warning, or a fine of at most 200 yuan for a citizen or 3,000 yuan for a legal person or
 * other organisation, may be decided on the spot; anything else takes the general procedure. Bounds are inclusive
 * (docs/legal/time.md#inclusive-bounds, docs/legal/procedure.md#simple-procedure).
 */
public final class SimpleProcedure {

	/** SIMPLE_MAX_FINE_NATURAL_PERSON, 处罚法 §51. */
	static final BigDecimal MAX_FINE_CITIZEN = new BigDecimal("200");

	/** SIMPLE_MAX_FINE_ORG, 处罚法 §51. */
	static final BigDecimal MAX_FINE_ORGANISATION = new BigDecimal("3000");

	private static final Set<PenaltyKind> ALLOWED = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE);

	/** ONSPOT_COLLECT_MAX, 处罚法 §68(1). */
	static final BigDecimal MAX_COLLECTED_ON_THE_SPOT = new BigDecimal("100");

	private SimpleProcedure() {
	}

	/**
	 * Why the fine may not be collected on the spot (处罚法 §68–§70): there is no fine; more than 100 yuan on the
	 * small-fine ground; a remote area without the party asking; no finance receipt.
	 */
	public static List<String> reasonsAgainstCollection(OnTheSpotCollection collection, @Nullable BigDecimal fine) {
		List<String> reasons = new ArrayList<>();
		if (fine == null) {
			reasons.add("case.collection-without-fine");
		}
		else if (collection.ground() == OnTheSpotCollection.Ground.SMALL_FINE
				&& fine.compareTo(MAX_COLLECTED_ON_THE_SPOT) > 0) {
			reasons.add("case.collection-over-small-fine");
		}
		if (collection.ground() == OnTheSpotCollection.Ground.REMOTE_AREA && !collection.requested()) {
			reasons.add("case.collection-not-requested");
		}
		if (collection.financeReceipt() == null || collection.financeReceipt().isBlank()) {
			reasons.add("case.finance-receipt-missing");
		}
		return reasons;
	}

	/** The reasons (message codes) why the penalty cannot be decided on the spot; none when it can. */
	public static List<String> reasonsAgainst(Set<PenaltyKind> kinds, @Nullable BigDecimal fine, PartyKind party,
			boolean individualBusinessAsCitizen) {
		List<String> reasons = new ArrayList<>();
		if (kinds.isEmpty() || !ALLOWED.containsAll(kinds)) {
			reasons.add("case.simple-kind-not-allowed");
		}
		if (kinds.contains(PenaltyKind.FINE) != (fine != null)) {
			reasons.add("case.fine-kind-mismatch");
		}
		if (fine != null) {
			boolean citizen = party == PartyKind.NATURAL_PERSON
					|| (party == PartyKind.INDIVIDUAL_BUSINESS && individualBusinessAsCitizen);
			BigDecimal max = citizen ? MAX_FINE_CITIZEN : MAX_FINE_ORGANISATION;
			if (fine.signum() <= 0) {
				reasons.add("case.simple-fine-not-positive"); // a fine of nothing is no fine (处罚法 §9, §51)
			}
			else if (fine.compareTo(max) > 0) {
				reasons.add(citizen ? "case.simple-fine-over-citizen" : "case.simple-fine-over-organisation");
			}
		}
		return reasons;
	}
}
