package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One tier of a benchmark: which parties, under which circumstances (any one of them), which penalty kinds, and the
 * fine range — in yuan for a fine set as an amount, in multiples of the base for a fine set as a multiple. The
 * ordinary tier usually names no circumstance: it applies when no other does.
 */
public record BenchmarkTier(DiscretionTier tier, PartyType partyType, List<Circumstance> circumstances,
		Set<PenaltyKind> penaltyKinds, @Nullable BigDecimal min, @Nullable BigDecimal max) {

	public BenchmarkTier {
		if (tier == null || partyType == null || circumstances == null || penaltyKinds == null) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "discretion.tier-malformed");
		}
		circumstances = List.copyOf(circumstances);
		penaltyKinds = Set.copyOf(penaltyKinds);
	}

	/** A tier imposes only kinds the matter allows; 不予处罚 and 免予处罚 impose none. */
	void checkKinds(Set<PenaltyKind> allowed) {
		if ((tier.finesNothing() && !penaltyKinds.isEmpty()) || !allowed.containsAll(penaltyKinds)) {
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "discretion.tier-kinds-not-allowed", tier);
		}
	}

	boolean fines() {
		return penaltyKinds.contains(PenaltyKind.FINE);
	}

	/**
	 * Inside the statutory fine: 从轻, 一般 and 从重 between the statutory minimum (0 when none) and maximum; 减轻 at
	 * or below the statutory minimum; 不予处罚 and 免予处罚, and tiers without a fine, with no range.
	 */
	void checkAgainst(StatutoryFine statutory) {
		boolean noRange = min == null && max == null;
		if (tier.finesNothing() || statutory.kind() == StatutoryFine.FineKind.NONE || !fines()) {
			if ((tier.finesNothing() && fines()) || !noRange
					|| (statutory.kind() == StatutoryFine.FineKind.NONE && fines())) {
				throw outside(statutory);
			}
			return;
		}
		if (min == null || max == null || min.signum() < 0 || min.compareTo(max) > 0) {
			throw outside(statutory);
		}
		BigDecimal floor = statutory.min() == null ? BigDecimal.ZERO : statutory.min();
		boolean inside = tier == DiscretionTier.MITIGATED
				? statutory.min() != null && max.compareTo(statutory.min()) <= 0
				: min.compareTo(floor) >= 0 && max.compareTo(statutory.max()) <= 0;
		if (!inside) {
			throw outside(statutory);
		}
	}

	private CatalogViolation outside(StatutoryFine statutory) {
		return new CatalogViolation(CatalogViolation.UNPROCESSABLE, "discretion.tier-outside-statutory-range", tier,
				min == null ? "—" : min.toPlainString(), max == null ? "—" : max.toPlainString(),
				statutory.min() == null ? "0" : statutory.min().toPlainString(),
				statutory.max() == null ? "—" : statutory.max().toPlainString());
	}
}
