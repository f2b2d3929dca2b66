package cn.oneteam.casehandling.penalty;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.procedure.ActionContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.Discretion;
import cn.oneteam.catalog.DiscretionResult;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.PartyType;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.catalog.StatutoryFine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The penalty against the matter and the benchmark: kinds the matter allows, a fine when and only when a fine is
 * imposed, inside the statutory range; the discretion tier the published benchmark gives for the circumstances, and
 * the fine inside that tier's range — or, with stated grounds, below the statutory minimum (减轻), never above the
 * maximum; minors (处罚法 §30), mental capacity (§31) and one act one fine (§29). Where no benchmark is published, a
 * fine in the lighter part of the statutory range with a stated reason is 从轻 ({@link StatutoryRange#lighterPart}),
 * so that a minor of 14 to 17 can be fined leniently without one.
 */
@Component
public class PenaltyCheck {

	private final Catalog catalog;

	private final Discretion discretion;

	private final CaseFiles files;

	PenaltyCheck(Catalog catalog, Discretion discretion, CaseFiles files) {
		this.catalog = catalog;
		this.discretion = discretion;
		this.files = files;
	}

	/** Adds the reasons against the penalty; returns the tier that applies (null without a benchmark). */
	public @Nullable DiscretionTier check(CaseFile c, CaseOutcome outcome, Set<PenaltyKind> kinds, @Nullable BigDecimal fine,
			Set<String> circumstances, @Nullable String mitigationReason, LocalDate day, ActionContext ctx) {
		boolean penalty = outcome == CaseOutcome.PENALTY;
		ctx.refuseIf(penalty && kinds.isEmpty(), "case.penalty-kinds-missing");
		ctx.refuseIf(!penalty && (!kinds.isEmpty() || fine != null), "case.no-penalty-with-kinds");
		ctx.refuseIf(kinds.contains(PenaltyKind.FINE) != (fine != null), "case.fine-kind-mismatch");
		if (!penalty) {
			return null;
		}
		MatterVersion version = catalog.require(c.matterCode).versionOn(c.actOn == null ? day : c.actOn).orElse(null);
		if (version == null) {
			ctx.refuseIf(true, "case.matter-not-in-force-at-act");
			return null;
		}
		ctx.refuseIf(!version.penaltyKinds().containsAll(kinds), "case.kind-not-in-matter");
		DiscretionTier tier = null;
		BigDecimal min = null;
		BigDecimal max = null;
		boolean published = discretion.benchmarks(c.matterCode).stream()
			.anyMatch(b -> b.appliesIn(c.place) && b.inForceOn(day));
		if (published) {
			DiscretionResult result = discretion.calculate(c.matterCode, c.place, day,
					c.partyKind == PartyKind.ORGANISATION ? PartyType.ORGANISATION : PartyType.NATURAL_PERSON,
					circumstances, version.fine().kind() == StatutoryFine.FineKind.MULTIPLE ? c.baseAmount() : null);
			tier = result.tier();
			min = result.fineMin();
			max = result.fineMax();
		}
		else {
			ctx.record(PenaltyEvent.BenchmarkMissing.NONE); // none published for the place: the statutory range applies
		}
		boolean reasoned = mitigationReason != null && !mitigationReason.isBlank();
		boolean mitigated = false;
		boolean lighter = false;
		if (fine != null) {
			StatutoryFine statutory = version.fine();
			ctx.refuseIf(statutory.kind() == StatutoryFine.FineKind.MULTIPLE && c.baseAmount() == null,
					"case.base-amount-missing");
			StatutoryRange range = StatutoryRange.of(statutory, c.baseAmount()).orElse(null);
			// 减轻 goes below the statutory minimum, with stated grounds (处罚法 §32; 27号); never above the maximum
			mitigated = range != null && reasoned && fine.compareTo(range.floor()) < 0;
			ctx.refuseIf(range == null ? statutory.kind() == StatutoryFine.FineKind.NONE
					: (!range.contains(fine) && !mitigated) || fine.compareTo(range.ceiling()) > 0,
					"case.fine-outside-statutory-range");
			// 从轻 without a benchmark (处罚法 §30, §32): within the statutory range, in its lighter part, with the reason
			lighter = !published && range != null && reasoned && range.lighterPart(fine);
			boolean inTier = min == null || max == null || (fine.compareTo(min) >= 0 && fine.compareTo(max) <= 0);
			ctx.refuseIf(!inTier && !mitigated, "case.fine-outside-tier");
		}
		DiscretionTier applied = mitigated ? DiscretionTier.MITIGATED : lighter ? DiscretionTier.LIGHTER : tier;
		MinorAge.reasonsAgainst(c.partyBirthDate(), c.actOn == null ? day : c.actOn, true, applied)
			.forEach(r -> ctx.refuseIf(true, r));
		c.partyCapacity().reasonAgainst(true).ifPresent(r -> ctx.refuseIf(true, r));
		OneActOneFine.reasonAgainst(kinds, files.sameActFinedElsewhere(c)).ifPresent(r -> ctx.refuseIf(true, r));
		ctx.record(new PenaltyEvent.PenaltyChecked(version.version(), String.valueOf(applied)));
		if (min != null && max != null) {
			ctx.record(new PenaltyEvent.TierRangeApplied(min.toPlainString() + "-" + max.toPlainString()));
		}
		return applied;
	}
}
