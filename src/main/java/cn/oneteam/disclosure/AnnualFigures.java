package cn.oneteam.disclosure;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import cn.oneteam.casehandling.CaseMeasures.MeasureKind;
import cn.oneteam.casehandling.PenaltyStatistics;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.inspection.InspectionStatistics;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.Money;
import cn.oneteam.supervision.ComplaintStatistics;

/**
 * 行政执法统计年报: the figures of one enforcement body's calendar year, generated from the records — never typed in
 * (docs/adr/0045-annual-enforcement-statistics.md). Every category is present, zero where the body did not use it
 * (the 广东 template's rule); the maps hold every domain and every penalty kind, in their order. The snapshot stored
 * at publication is this record as JSON, so its shape is the disclosure module's own, not the other modules'.
 */
public record AnnualFigures(Penalties penalties, Fines fines, Remedies remedies, Coercion coercion,
		Inspections inspections, Complaints complaints) {

	/** 行政处罚: general cases filed (立案), penalty decisions by procedure, domain and kind, decided without penalty. */
	public record Penalties(long casesFiled, long simpleDecisions, long generalDecisions, long decidedWithoutPenalty,
			Map<EnforcementDomain, Long> byDomain, Map<PenaltyKind, Long> byKind) {

		public Penalties {
			byDomain = complete(byDomain, EnforcementDomain.class);
			byKind = complete(byKind, PenaltyKind.class);
		}

		public long decisions() {
			return simpleDecisions + generalDecisions;
		}
	}

	/** 罚款: decided by the year's decisions and collected in the year, in yuan, exact to the fen. */
	public record Fines(@Money BigDecimal decided, @Money BigDecimal collected) {
	}

	/** 听证、复议、诉讼: hearings held, reconsiderations and lawsuits brought against the body's decisions. */
	public record Remedies(long hearingsHeld, long reconsiderations, long lawsuits) {
	}

	/**
	 * 行政强制: seizures (查封) and impoundments (扣押) begun, the body's own enforcement and 代履行 decided, applications to
	 * the court; and the cases sent to the judicial organs (移送司法机关).
	 */
	public record Coercion(long seals, long impoundments, long enforcements, long courtApplications,
			long judicialTransfers) {
	}

	/** 行政检查: visits carried out, drawn (双随机) or targeted, joint (综合查一次), finding a case clue. */
	public record Inspections(long visits, long random, long targeted, long joint, long caseClues) {
	}

	/** 执法投诉举报: complaints about the body received in the year, and of them the ones found substantiated. */
	public record Complaints(long received, long substantiated) {
	}

	/** The figures from the modules' counts of the year. */
	static AnnualFigures of(PenaltyStatistics.Figures p, InspectionStatistics.Figures i, ComplaintStatistics.Figures c) {
		return new AnnualFigures(
				new Penalties(p.casesFiled(), p.simpleDecisions(), p.generalDecisions(), p.decidedWithoutPenalty(),
						p.decisionsByDomain(), p.decisionsByKind()),
				new Fines(p.finesDecided(), p.finesCollected()),
				new Remedies(p.hearingsHeld(), p.reconsiderations(), p.lawsuits()),
				new Coercion(p.coerciveMeasures().getOrDefault(MeasureKind.SEAL, 0L),
						p.coerciveMeasures().getOrDefault(MeasureKind.IMPOUND, 0L), p.enforcements(),
						p.courtApplications(), p.judicialTransfers()),
				new Inspections(i.visits(), i.random(), i.targeted(), i.joint(), i.caseClues()),
				new Complaints(c.received(), c.substantiated()));
	}

	/** Every constant of the enum, in its order, with the count given or zero. */
	private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> counts, Class<E> type) {
		Map<E, Long> all = new EnumMap<>(type);
		for (E e : type.getEnumConstants()) {
			all.put(e, counts == null ? 0L : counts.getOrDefault(e, 0L));
		}
		return all;
	}
}
