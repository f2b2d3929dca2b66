package cn.oneteam.catalog;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 裁量基准: a published benchmark for a matter, by an issuing authority, over a period. Its tiers must stay inside
 * the statutory fine: 从轻, 一般 and 从重 between the statutory minimum and maximum; 减轻 below the minimum; 不予处罚 and
 * 免予处罚 with no fine (legal-rules.md §6).
 */
public record DiscretionBenchmark(long id, String matterCode, String issuingAuthority, String publishedRef,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, List<BenchmarkTier> tiers) {

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

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}

	/** Refuses any tier outside the statutory fine of the matter version in force when the benchmark starts. */
	void checkAgainst(StatutoryFine statutory) {
		tiers.forEach(tier -> tier.checkAgainst(statutory));
	}
}
