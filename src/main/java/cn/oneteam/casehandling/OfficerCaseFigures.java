package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case figures for assessments (docs/adr/0039-assessments.md), per officer or per body, for a period of Beijing dates
 * (both inclusive), each by one set-based query:
 * <ul>
 * <li>cases handled: general-procedure cases decided in the period (or closed without a decision in it), simple-procedure
 * decisions made in it; an officer's are those naming him among the case's officers;</li>
 * <li>periods met and breached: the body's own statutory periods of those officers' (the body's) cases — not the
 * party's — a period met on time counts in the period it was met, a breach (lapsed, met late, or still running past its
 * due day before today) in the period of its due day;</li>
 * <li>the general-procedure cases handled, for their self-review scores.</li>
 * </ul>
 */
@Service
public class OfficerCaseFigures {

	/** The figures of one officer or body. */
	public record Figures(long generalCases, long simpleCases, long periodsMet, long periodsBreached,
			List<Long> generalCaseIds) {

		public static final Figures NONE = new Figures(0, 0, 0, 0, List.of());

		public long cases() {
			return generalCases + simpleCases;
		}
	}

	/** The day a case counts as handled: its decision, or its closing without one; a simple case's decision day. */
	private static final String HANDLED_ON = "coalesce(c.decided_on, c.closed_on)";

	private static final String BREACHED = """
			(k.state = 'LAPSED' or (k.state = 'MET' and k.ended_on > k.due_on)
			 or (k.state = 'RUNNING' and k.due_on < :today))""";

	private static final String COUNTED = """
			((k.state = 'MET' and k.ended_on <= k.due_on and k.ended_on between :from and :to)
			 or (%s and k.due_on between :from and :to))""".formatted(BREACHED);

	private final JdbcClient jdbc;

	OfficerCaseFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Per officer (person id) of those given, the figures of the period; today decides what is still running late. */
	@Transactional(readOnly = true)
	public Map<Long, Figures> byOfficer(Collection<Long> personIds, LocalDate from, LocalDate to, LocalDate today) {
		return count("o.person_id", "join case_officer o on o.case_id = c.id", personIds, from, to, today);
	}

	/** Per body (organisation id, the acting body of its cases) of those given, the figures of the period. */
	@Transactional(readOnly = true)
	public Map<Long, Figures> byBody(Collection<Long> bodyIds, LocalDate from, LocalDate to, LocalDate today) {
		return count("c.acting_org_id", "", bodyIds, from, to, today);
	}

	/** The figures grouped by {@code who} (a column of the cases, or of a table {@code join}ed to them). */
	private Map<Long, Figures> count(String who, String join, Collection<Long> whoIds, LocalDate from, LocalDate to,
			LocalDate today) {
		if (whoIds.isEmpty()) {
			return Map.of();
		}
		Long[] wanted = whoIds.toArray(Long[]::new);
		Map<Long, long[]> counts = new HashMap<>();
		Map<Long, List<Long>> ids = new HashMap<>();
		jdbc.sql("""
				select %1$s as who, count(*) filter (where c.procedure = 'GENERAL') as general,
				  count(*) filter (where c.procedure = 'SIMPLE') as simple,
				  coalesce(array_agg(c.id order by c.id) filter (where c.procedure = 'GENERAL'), '{}') as general_ids
				from penalty_case c %2$s
				where %1$s = any(:who) and %3$s between :from and :to
				group by %1$s""".formatted(who, join, HANDLED_ON))
			.param("who", wanted).param("from", from).param("to", to)
			.query(rs -> {
				long id = rs.getLong("who");
				long[] c = counts.computeIfAbsent(id, k -> new long[4]);
				c[0] = rs.getLong("general");
				c[1] = rs.getLong("simple");
				ids.put(id, Arrays.asList((Long[]) rs.getArray("general_ids").getArray()));
			});
		jdbc.sql("""
				select %1$s as who, count(*) filter (where not %3$s) as met, count(*) filter (where %3$s) as breached
				from case_clock k join penalty_case c on c.id = k.case_id %2$s
				where %1$s = any(:who) and k.kind = any(:kinds) and %4$s
				group by %1$s""".formatted(who, join, BREACHED, COUNTED))
			.param("who", wanted).param("kinds", ownPeriods()).param("from", from).param("to", to)
			.param("today", today)
			.query(rs -> {
				long[] c = counts.computeIfAbsent(rs.getLong("who"), k -> new long[4]);
				c[2] = rs.getLong("met");
				c[3] = rs.getLong("breached");
			});
		return figures(counts, ids);
	}

	/** The periods the body must keep (the party's own periods are not its timeliness). */
	private static String[] ownPeriods() {
		return Arrays.stream(ClockKind.values()).filter(ClockKind::alerts).map(Enum::name).toArray(String[]::new);
	}

	private static Map<Long, Figures> figures(Map<Long, long[]> counts, Map<Long, List<Long>> ids) {
		Map<Long, Figures> figures = new HashMap<>();
		counts.forEach((who, c) -> figures.put(who, new Figures(c[0], c[1], c[2], c[3], ids.getOrDefault(who,
				List.of()))));
		return figures;
	}
}
