package cn.oneteam.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.DiscretionResult.LenientMatch;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 行政裁量权基准: publishes benchmarks and lenient lists, proposes tiers by a local convention, and calculates the
 * tier and fine range that apply to given facts (国办发〔2022〕27号, docs/legal/penalty.md#discretion-benchmarks).
 */
@Service
public class Discretion {

	private final Catalog catalog;

	private final DiscretionRepository discretion;

	private final CatalogRepository matters;

	private final Regions regions;

	private final Clock clock;

	Discretion(Catalog catalog, DiscretionRepository discretion, CatalogRepository matters, Regions regions,
			Clock clock) {
		this.catalog = catalog;
		this.discretion = discretion;
		this.matters = matters;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DiscretionBenchmark> benchmarks(String matterCode) {
		catalog.require(matterCode);
		return discretion.benchmarks(matterCode);
	}

	/** Publishes a benchmark; every tier must lie inside the statutory fine in force on its first day. */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public DiscretionBenchmark publish(DiscretionBenchmark benchmark) {
		Matter matter = catalog.require(benchmark.matterCode());
		MatterVersion version = matter.versionOn(benchmark.effectiveFrom())
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.UNPROCESSABLE, "matter.not-in-force", matter.code(),
					benchmark.effectiveFrom()));
		benchmark.checkAgainst(version.fine());
		benchmark.tiers().forEach(tier -> tier.checkKinds(version.penaltyKinds()));
		if (benchmark.territory() != null) {
			regions.require(benchmark.territory());
			applicable(discretion.benchmarks(matter.code()), benchmark.territory(), benchmark.effectiveFrom())
				.filter(superior -> superior.depth() < benchmark.depth())
				.ifPresent(benchmark::checkRefines);
		}
		if (benchmark.tiers().stream().noneMatch(t -> t.tier() == DiscretionTier.ORDINARY)) {
			throw new CatalogViolation(CatalogViolation.UNPROCESSABLE, "discretion.no-ordinary-tier");
		}
		matters.lock("benchmark/" + matter.code());
		long id = discretion.insertBenchmark(matter.id(), benchmark, OffsetDateTime.now(clock));
		return discretion.benchmarks(matter.code()).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
	}

	/** Tiers proposed by a local convention for the statutory fine in force on the day; nothing is stored. */
	@Transactional(readOnly = true)
	public List<BenchmarkTier> propose(String matterCode, TierStrategy strategy, LocalDate day) {
		return strategy.proposeFor(versionOn(catalog.require(matterCode), day).fine());
	}

	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public LenientList publish(LenientList list) {
		if (list.effectiveTo() != null && list.effectiveTo().isBefore(list.effectiveFrom())) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "catalog.period-reversed", list.effectiveFrom(),
					list.effectiveTo());
		}
		list.items().forEach(item -> catalog.require(item.matterCode()));
		long id = discretion.insertLenientList(list, OffsetDateTime.now(clock));
		return discretion.lenientLists().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<LenientList> lenientLists() {
		return discretion.lenientLists();
	}

	/**
	 * The tier, penalty kinds and fine range for the facts: 不予处罚, 免予处罚 and 减轻 apply when one of their
	 * circumstances is met, then 从轻 or 从重; when both 从轻 and 从重 circumstances are met they offset and 一般
	 * applies; otherwise 一般. A fine set as a multiple is multiplied by the base amount (违法所得, 货值金额…).
	 */
	@Transactional(readOnly = true)
	public DiscretionResult calculate(String matterCode, DivisionCode place, LocalDate day, PartyType party,
			Set<String> circumstances, @Nullable BigDecimal baseAmount) {
		Matter matter = catalog.require(matterCode);
		MatterVersion version = versionOn(matter, day);
		regions.require(place);
		DiscretionBenchmark benchmark = applicable(discretion.benchmarks(matterCode), place, day)
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.NOT_FOUND, "discretion.no-benchmark", matterCode,
					day));
		List<LenientList> lists = discretion.lenientLists().stream().filter(l -> l.inForceOn(day)).toList();
		requireKnown(circumstances, benchmark, lists, matterCode);
		List<BenchmarkTier> tiers = benchmark.tiers().stream().filter(t -> t.partyType().includes(party)).toList();
		List<String> reasons = new ArrayList<>();
		BenchmarkTier chosen = choose(tiers, circumstances, reasons);
		List<Circumstance> matched = chosen.circumstances().stream().filter(c -> circumstances.contains(c.code())).toList();
		BigDecimal min = null;
		BigDecimal max = null;
		if (chosen.fines()) {
			min = yuan(chosen.min(), version.fine(), baseAmount);
			max = yuan(chosen.max(), version.fine(), baseAmount);
			chosen.checkAgainst(version.fine()); // a benchmark may predate a later version of the matter
		}
		return new DiscretionResult(matterCode, version.version(), benchmark.id(), benchmark.issuingAuthority(),
				benchmark.publishedRef(), chosen.tier(), chosen.penaltyKinds(), min, max, matched,
				lenientMatches(lists, matterCode, circumstances), reasons);
	}

	/** The benchmark for a place on a day: the most specific territory containing it, then the latest. */
	private static Optional<DiscretionBenchmark> applicable(List<DiscretionBenchmark> benchmarks, DivisionCode place,
			LocalDate day) {
		return benchmarks.stream()
			.filter(b -> b.inForceOn(day) && b.appliesIn(place))
			.max(Comparator.comparingInt(DiscretionBenchmark::depth).thenComparing(DiscretionBenchmark::effectiveFrom));
	}

	private static BenchmarkTier choose(List<BenchmarkTier> tiers, Set<String> circumstances, List<String> reasons) {
		for (DiscretionTier kind : List.of(DiscretionTier.NO_PENALTY, DiscretionTier.EXEMPT, DiscretionTier.MITIGATED)) {
			Optional<BenchmarkTier> met = metTier(tiers, kind, circumstances);
			if (met.isPresent()) {
				reasons.add("discretion.reason." + kind.name());
				return met.get();
			}
		}
		Optional<BenchmarkTier> lighter = metTier(tiers, DiscretionTier.LIGHTER, circumstances);
		Optional<BenchmarkTier> heavier = metTier(tiers, DiscretionTier.HEAVIER, circumstances);
		if (lighter.isPresent() != heavier.isPresent()) {
			BenchmarkTier met = lighter.orElseGet(heavier::get);
			reasons.add("discretion.reason." + met.tier().name());
			return met;
		}
		reasons.add(lighter.isPresent() ? "discretion.reason.offset" : "discretion.reason.ORDINARY");
		return tiers.stream()
			.filter(t -> t.tier() == DiscretionTier.ORDINARY)
			.findFirst()
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.UNPROCESSABLE, "discretion.no-ordinary-tier"));
	}

	private static Optional<BenchmarkTier> metTier(List<BenchmarkTier> tiers, DiscretionTier kind, Set<String> facts) {
		return tiers.stream()
			.filter(t -> t.tier() == kind && t.circumstances().stream().anyMatch(c -> facts.contains(c.code())))
			.findFirst();
	}

	private static void requireKnown(Set<String> circumstances, DiscretionBenchmark benchmark, List<LenientList> lists,
			String matterCode) {
		Set<String> known = new HashSet<>();
		benchmark.tiers().forEach(t -> t.circumstances().forEach(c -> known.add(c.code())));
		lists.forEach(l -> l.items()
			.stream()
			.filter(i -> i.matterCode().equals(matterCode))
			.forEach(i -> i.circumstances().forEach(c -> known.add(c.code()))));
		for (String code : circumstances) {
			if (!known.contains(code)) {
				throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "discretion.circumstance-unknown", code,
						matterCode);
			}
		}
	}

	private static BigDecimal yuan(@Nullable BigDecimal tierValue, StatutoryFine fine, @Nullable BigDecimal base) {
		BigDecimal value = tierValue == null ? BigDecimal.ZERO : tierValue;
		if (fine.kind() != StatutoryFine.FineKind.MULTIPLE) {
			return value.setScale(2, RoundingMode.HALF_UP);
		}
		if (base == null || base.signum() <= 0) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "discretion.base-required", fine.multipleBase());
		}
		return value.multiply(base).setScale(2, RoundingMode.HALF_UP);
	}

	private static List<LenientMatch> lenientMatches(List<LenientList> lists, String matterCode, Set<String> facts) {
		List<LenientMatch> matches = new ArrayList<>();
		for (LenientList list : lists) {
			for (LenientList.Item item : list.items()) {
				if (item.matterCode().equals(matterCode)) {
					item.circumstances()
						.stream()
						.filter(c -> facts.contains(c.code()))
						.forEach(c -> matches.add(new LenientMatch(list.id(), list.kind(), list.title(),
								list.issuingAuthority(), c)));
				}
			}
		}
		return matches;
	}

	private static MatterVersion versionOn(Matter matter, LocalDate day) {
		return matter.versionOn(day)
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.NOT_FOUND, "matter.not-in-force", matter.code(), day));
	}
}
