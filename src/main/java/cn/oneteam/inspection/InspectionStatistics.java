package cn.oneteam.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection figures of a body's year for the annual enforcement statistics (行政执法统计年报,
 * docs/adr/0045-annual-enforcement-statistics.md): the visits carried out (recorded, published or not) on a day of the
 * period by a department taking part in them (docs/adr/0027-visits-and-codes.md) — drawn (双随机) or targeted (个案),
 * joint (综合查一次: two departments or more, docs/adr/0028-joint-visits.md), and those that found a case clue. A joint
 * visit counts once for each department that took part. Planned and cancelled visits count nowhere.
 */
@Service
public class InspectionStatistics {

	/** One body's inspection figures of a period. */
	public record Figures(long visits, long random, long targeted, long joint, long caseClues) {

		public static final Figures NONE = new Figures(0, 0, 0, 0, 0);
	}

	private final JdbcClient jdbc;

	InspectionStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per body of those given, its figures of the period (both days inclusive): every body present. */
	@Transactional(readOnly = true)
	public Map<Long, Figures> figures(Collection<Long> bodyIds, LocalDate from, LocalDate to) {
		Map<Long, Figures> figures = new HashMap<>();
		bodyIds.forEach(id -> figures.put(id, Figures.NONE));
		if (bodyIds.isEmpty()) {
			return figures;
		}
		jdbc.sql("""
				select d.body, count(*) as visits, count(*) filter (where v.kind = 'RANDOM') as random,
				  count(*) filter (where v.kind = 'TARGETED') as targeted,
				  count(*) filter (where cardinality(v.department_ids) > 1) as joint,
				  count(*) filter (where v.outcome = 'CASE_CLUE') as clues
				from inspection_visit v cross join lateral unnest(v.department_ids) as d(body)
				where d.body = any(:bodies) and v.state in ('RECORDED', 'PUBLISHED')
				  and v.inspected_on between :from and :to
				group by d.body""")
			.param("bodies", bodyIds.toArray(Long[]::new))
			.param("from", from)
			.param("to", to)
			.query((RowCallbackHandler) rs -> figures.put(rs.getLong("body"), new Figures(rs.getLong("visits"), rs.getLong("random"),
					rs.getLong("targeted"), rs.getLong("joint"), rs.getLong("clues"))));
		return figures;
	}
}
