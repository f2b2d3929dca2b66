package cn.oneteam.catalog;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * 裁量基准: a published benchmark for a matter, by an issuing authority, over a period. Its tiers must stay inside
 * the statutory fine: 从轻, 一般 and 从重 between the statutory minimum and maximum; 减轻 below the minimum; 不予处罚 and
 * 免予处罚 with no fine (docs/legal/penalty.md#discretion-benchmarks).
 */
public record DiscretionBenchmark(long id, String matterCode, @Nullable DivisionCode territory, String issuingAuthority,
		String publishedRef, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, List<BenchmarkTier> tiers) {

	public DiscretionBenchmark {
		if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "catalog.period-reversed", effectiveFrom,
					effectiveTo);
		}
		if (tiers.isEmpty()) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "discretion.no-tiers");
		}
		tiers = List.copyOf(tiers);
	}

	/** Applies in the place: nationwide, or the place lies in its territory. */
	public boolean appliesIn(DivisionCode place) {
		return territory == null || place.isWithin(territory);
	}

	/** How specific its territory is: 0 nationwide, else the length of the territory code. */
	int depth() {
		return territory == null ? 0 : territory.value().length();
	}

	/**
	 * A lower benchmark refines its superior: each of its tiers that the superior also has lies inside the superior's
	 * range for that tier (国办发〔2022〕27号: the superior's benchmark prevails).
	 */
	void checkRefines(DiscretionBenchmark superior) {
		for (BenchmarkTier tier : tiers) {
			for (BenchmarkTier upper : superior.tiers()) {
				if (upper.tier() == tier.tier() && upper.min() != null && upper.max() != null && tier.min() != null
						&& tier.max() != null
						&& (tier.min().compareTo(upper.min()) < 0 || tier.max().compareTo(upper.max()) > 0)) {
					throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "discretion.outside-superior-benchmark",
							tier.tier(), superior.issuingAuthority(), upper.min().toPlainString(),
							upper.max().toPlainString());
				}
			}
		}
	}

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}

	/** Refuses any tier outside the statutory fine of the matter version in force when the benchmark starts. */
	void checkAgainst(StatutoryFine statutory) {
		tiers.forEach(tier -> tier.checkAgainst(statutory));
	}
}
