package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import cn.oneteam.casehandling.CaseMeasures.MeasureKind;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.Money;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The penalty figures of a body's year for the annual enforcement statistics (行政执法统计年报,
 * docs/adr/0045-annual-enforcement-statistics.md), counted from the case records by set-based queries over the bodies
 * in whose name the cases are decided ({@code name_org_id}, 谁执法谁公示), a period of Beijing dates (both inclusive):
 * <ul>
 * <li>penalty decisions made in the period, by procedure (simple, general), by the matter's domain in the catalogue
 * and by penalty kind (a decision with two kinds counts under each); general cases filed (立案) and decided without a
 * penalty (不予处罚, 违法事实不能成立);</li>
 * <li>fines decided (the decisions' fines) and fines collected in the period (a fine paid whole on its day, each
 * instalment on its own day), exact to the fen;</li>
 * <li>hearings held (the party attended; the day of the hearing), reconsiderations and lawsuits brought (复议, 诉讼, by
 * the day they began), seizures and impoundments begun (查封, 扣押), the body's own enforcement and 代履行 decided,
 * applications to the court, and cases sent to the judicial organs (国务院令第310号).</li>
 * </ul>
 * The caller decides who may read them; the published report is public.
 */
@Service
public class PenaltyStatistics {

	/** One body's penalty figures of a period; every category present, zero where none. */
	public record Figures(long casesFiled, long simpleDecisions, long generalDecisions, long decidedWithoutPenalty,
			Map<EnforcementDomain, Long> decisionsByDomain, Map<PenaltyKind, Long> decisionsByKind,
			@Money BigDecimal finesDecided, @Money BigDecimal finesCollected, long hearingsHeld, long reconsiderations,
			long lawsuits, Map<MeasureKind, Long> coerciveMeasures, long enforcements, long courtApplications,
			long judicialTransfers) {

		/** No record in the period. */
		public static Figures none() {
			return new Builder().figures();
		}
	}

	private final JdbcClient jdbc;

	PenaltyStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per body of those given, its figures of the period: every body present, all zeros when it recorded nothing. */
	@Transactional(readOnly = true)
	public Map<Long, Figures> figures(Collection<Long> bodyIds, LocalDate from, LocalDate to) {
		Map<Long, Builder> builders = new HashMap<>();
		bodyIds.forEach(id -> builders.put(id, new Builder()));
		if (bodyIds.isEmpty()) {
			return Map.of();
		}
		Long[] bodies = bodyIds.toArray(Long[]::new);
		query("""
				select c.name_org_id as body,
				  count(*) filter (where c.procedure = 'GENERAL' and c.filed_on between :from and :to) as filed,
				  count(*) filter (where c.procedure = 'SIMPLE' and c.decided_on between :from and :to) as simple,
				  count(*) filter (where c.procedure = 'GENERAL' and c.outcome = 'PENALTY'
				    and c.decided_on between :from and :to) as general,
				  count(*) filter (where c.procedure = 'GENERAL' and c.outcome in ('NO_PENALTY', 'NOT_ESTABLISHED')
				    and c.decided_on between :from and :to) as without,
				  coalesce(sum(c.fine) filter (where (c.procedure = 'SIMPLE' or c.outcome = 'PENALTY')
				    and c.decided_on between :from and :to), 0) as fines,
				  count(*) filter (where c.hearing_held and c.hearing_on between :from and :to) as hearings,
				  count(*) filter (where c.court_applied_on between :from and :to) as court
				from penalty_case c where c.name_org_id = any(:bodies) group by c.name_org_id""", bodies, from, to)
			.query(rs -> {
				Builder b = builders.get(rs.getLong("body"));
				b.filed = rs.getLong("filed");
				b.simple = rs.getLong("simple");
				b.general = rs.getLong("general");
				b.without = rs.getLong("without");
				b.finesDecided = rs.getBigDecimal("fines");
				b.hearings = rs.getLong("hearings");
				b.court = rs.getLong("court");
			});
		query("""
				select c.name_org_id as body, m.domain, count(*) as n
				from penalty_case c join matter m on m.code = c.matter_code
				where c.name_org_id = any(:bodies) and (c.procedure = 'SIMPLE' or c.outcome = 'PENALTY')
				  and c.decided_on between :from and :to
				group by c.name_org_id, m.domain""", bodies, from, to)
			.query((RowCallbackHandler) rs -> builders.get(rs.getLong("body")).byDomain
				.merge(EnforcementDomain.valueOf(rs.getString("domain")), rs.getLong("n"), Long::sum));
		query("""
				select c.name_org_id as body, k.kind, count(*) as n
				from penalty_case c cross join lateral unnest(c.penalty_kinds) as k(kind)
				where c.name_org_id = any(:bodies) and (c.procedure = 'SIMPLE' or c.outcome = 'PENALTY')
				  and c.decided_on between :from and :to
				group by c.name_org_id, k.kind""", bodies, from, to)
			.query((RowCallbackHandler) rs -> builders.get(rs.getLong("body")).byKind
				.merge(PenaltyKind.valueOf(rs.getString("kind")), rs.getLong("n"), Long::sum));
		query("""
				select body, sum(amount) as collected from (
				  select c.name_org_id as body, c.paid_amount as amount from penalty_case c
				  where c.name_org_id = any(:bodies) and c.paid_on between :from and :to
				    and not exists (select 1 from case_instalment i where i.case_id = c.id)
				  union all
				  select c.name_org_id, i.amount from case_instalment i join penalty_case c on c.id = i.case_id
				  where c.name_org_id = any(:bodies) and i.paid_on between :from and :to) paid
				group by body""", bodies, from, to)
			.query((RowCallbackHandler) rs -> builders.get(rs.getLong("body")).finesCollected = rs.getBigDecimal("collected"));
		query("""
				select c.name_org_id as body, r.kind, count(*) as n
				from case_remedy r join penalty_case c on c.id = r.case_id
				where c.name_org_id = any(:bodies) and r.from_on between :from and :to
				group by c.name_org_id, r.kind""", bodies, from, to)
			.query(rs -> {
				Builder b = builders.get(rs.getLong("body"));
				if ("RECONSIDERATION".equals(rs.getString("kind"))) {
					b.reconsiderations = rs.getLong("n");
				}
				else {
					b.lawsuits = rs.getLong("n");
				}
			});
		query("""
				select c.name_org_id as body, m.kind, count(*) as n
				from case_measure m join penalty_case c on c.id = m.case_id
				where c.name_org_id = any(:bodies) and m.kind in ('SEAL', 'IMPOUND')
				  and m.started_on between :from and :to
				group by c.name_org_id, m.kind""", bodies, from, to)
			.query((RowCallbackHandler) rs -> builders.get(rs.getLong("body")).measures.put(MeasureKind.valueOf(rs.getString("kind")),
					rs.getLong("n")));
		query("""
				select c.name_org_id as body, count(*) as n
				from case_enforcement e join penalty_case c on c.id = e.case_id
				where c.name_org_id = any(:bodies) and e.decided_on between :from and :to
				group by c.name_org_id""", bodies, from, to)
			.query((RowCallbackHandler) rs -> builders.get(rs.getLong("body")).enforcements = rs.getLong("n"));
		query("""
				select c.name_org_id as body, count(*) as n
				from case_transfer t join penalty_case c on c.id = t.case_id
				where c.name_org_id = any(:bodies) and t.kind = 'JUDICIARY'
				  and (t.sent_at at time zone 'Asia/Shanghai')::date between :from and :to
				group by c.name_org_id""", bodies, from, to)
			.query((RowCallbackHandler) rs -> builders.get(rs.getLong("body")).transfers = rs.getLong("n"));
		Map<Long, Figures> figures = new HashMap<>();
		builders.forEach((id, b) -> figures.put(id, b.figures()));
		return figures;
	}

	private JdbcClient.StatementSpec query(String sql, Long[] bodies, LocalDate from, LocalDate to) {
		return jdbc.sql(sql).param("bodies", bodies).param("from", from).param("to", to);
	}

	private static final class Builder {

		long filed, simple, general, without, hearings, reconsiderations, lawsuits, enforcements, court, transfers;

		BigDecimal finesDecided = BigDecimal.ZERO;

		BigDecimal finesCollected = BigDecimal.ZERO;

		final Map<EnforcementDomain, Long> byDomain = zeros(EnforcementDomain.class);

		final Map<PenaltyKind, Long> byKind = zeros(PenaltyKind.class);

		final Map<MeasureKind, Long> measures = new EnumMap<>(Map.of(MeasureKind.SEAL, 0L, MeasureKind.IMPOUND, 0L));

		Figures figures() {
			return new Figures(filed, simple, general, without, byDomain, byKind, finesDecided.setScale(2, RoundingMode.HALF_UP),
					finesCollected.setScale(2, RoundingMode.HALF_UP), hearings, reconsiderations, lawsuits, measures, enforcements, court,
					transfers);
		}

		private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
			Map<E, Long> zeros = new EnumMap<>(type);
			for (E e : type.getEnumConstants()) {
				zeros.put(e, 0L);
			}
			return zeros;
		}
	}
}
