package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * 分档策略: local conventions that propose tiers from the statutory fine (docs/legal/penalty.md#tier-conventions lists them as local,
 * not national, rules; a body picks one and adjusts the result before publishing it).
 */
public enum TierStrategy {

	/** Three equal parts of the statutory range: 从轻 the lowest, 一般 the middle, 从重 the highest. */
	EQUAL_THIRDS {
		@Override
		List<BenchmarkTier> propose(StatutoryFine fine) {
			BigDecimal floor = fine.min() == null ? BigDecimal.ZERO : fine.min();
			BigDecimal range = fine.max().subtract(floor);
			BigDecimal first = floor.add(range.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
			BigDecimal second = floor.add(range.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), 2,
					RoundingMode.HALF_UP));
			return List.of(tier(DiscretionTier.LIGHTER, floor, first), tier(DiscretionTier.ORDINARY, first, second),
					tier(DiscretionTier.HEAVIER, second, fine.max()));
		}
	},

	/** Only a maximum given ("…以下罚款"): 从轻 up to 20 %, 一般 40 %–60 %, 从重 above 60 % of the maximum. */
	SHARE_OF_MAXIMUM {
		@Override
		List<BenchmarkTier> propose(StatutoryFine fine) {
			if (fine.min() != null) {
				throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "discretion.strategy-not-applicable", name());
			}
			BigDecimal max = fine.max();
			return List.of(tier(DiscretionTier.LIGHTER, BigDecimal.ZERO, share(max, 20)),
					tier(DiscretionTier.ORDINARY, share(max, 40), share(max, 60)),
					tier(DiscretionTier.HEAVIER, share(max, 60), max));
		}
	};

	abstract List<BenchmarkTier> propose(StatutoryFine fine);

	/** Proposes tiers for a matter's statutory fine; a matter without a fine has nothing to split. */
	public List<BenchmarkTier> proposeFor(StatutoryFine fine) {
		if (fine.kind() == StatutoryFine.FineKind.NONE) {
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "discretion.strategy-not-applicable", name());
		}
		return propose(fine);
	}

	private static BenchmarkTier tier(DiscretionTier tier, BigDecimal min, BigDecimal max) {
		return new BenchmarkTier(tier, PartyType.ANY, List.of(), Set.of(PenaltyKind.FINE),
				min.setScale(2, RoundingMode.HALF_UP), max.setScale(2, RoundingMode.HALF_UP));
	}

	private static BigDecimal share(BigDecimal max, int percent) {
		return max.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}
}
