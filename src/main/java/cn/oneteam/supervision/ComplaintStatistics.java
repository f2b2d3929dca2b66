package cn.oneteam.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints about a body's enforcement (执法投诉举报, docs/adr/0033-enforcement-complaints.md) received in a period,
 * for the annual enforcement statistics (docs/adr/0045-annual-enforcement-statistics.md): received, and of those
 * received the ones found justified. Counts only — no complainant, no facts.
 */
@Service
public class ComplaintStatistics {

	/** One body's complaint figures of a period. */
	public record Figures(long received, long substantiated) {

		public static final Figures NONE = new Figures(0, 0);
	}

	private final JdbcClient jdbc;

	ComplaintStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per body of those given, the complaints received in the period (both days inclusive): every body present. */
	@Transactional(readOnly = true)
	public Map<Long, Figures> figures(Collection<Long> bodyIds, LocalDate from, LocalDate to) {
		Map<Long, Figures> figures = new HashMap<>();
		bodyIds.forEach(id -> figures.put(id, Figures.NONE));
		if (bodyIds.isEmpty()) {
			return figures;
		}
		jdbc.sql("""
				select body_id, count(*) as received, count(*) filter (where finding = :justified) as substantiated
				from supervision_complaint
				where body_id = any(:bodies) and received_on between :from and :to
				group by body_id""")
			.param("bodies", bodyIds.toArray(Long[]::new))
			.param("justified", Finding.SUBSTANTIATED.name())
			.param("from", from)
			.param("to", to)
			.query((RowCallbackHandler) rs -> figures.put(rs.getLong("body_id"), new Figures(rs.getLong("received"),
					rs.getLong("substantiated"))));
		return figures;
	}
}
