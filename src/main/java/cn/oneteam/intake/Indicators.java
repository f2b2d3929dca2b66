package cn.oneteam.intake;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators per unit and period over the events of a jurisdiction: what was dispatched to each unit in the period,
 * and what fell due in it (数字城管 应结案 / 按期结案, docs/legal/intake.md#indicators).
 */
@Service
public class Indicators {

	private final JdbcClient jdbc;

	private final EventQueries events;

	Indicators(JdbcClient jdbc, EventQueries events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Figures of each unit for the days {@code from} to {@code to}, inclusive. */
	@Transactional(readOnly = true)
	public List<UnitIndicators> perUnit(LocalDate from, LocalDate to, JurisdictionScope scope) {
		Map<Long, Integer> returns = jdbc.sql("""
				select r.org_id, count(*) as n from intake_return r join intake_event e on e.id = r.event_id
				where (:nationwide or e.division_code like any (:codes))
				  and r.returned_at >= :start and r.returned_at < :end group by r.org_id""")
			.param("nationwide", scope.isNationwide())
			.param("codes", codes(scope))
			.param("start", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.query((rs, n) -> Map.entry(rs.getLong("org_id"), rs.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return jdbc.sql("""
				select assigned_org_id as org,
				  count(*) filter (where dispatched_at >= :start and dispatched_at < :end) as received,
				  count(*) filter (where accepted_at >= :start and accepted_at < :end) as accepted,
				  count(*) filter (where accepted_at >= :start and accepted_at < :end and accepted_at <= accept_due_at) as accepted_on_time,
				  count(*) filter (where arrive_due_at >= :start and arrive_due_at < :end
				    and state not in ('CLASSIFIED', 'RETURNED', 'DISPUTED')) as arrive_due,
				  count(*) filter (where arrive_due_at >= :start and arrive_due_at < :end
				    and state not in ('CLASSIFIED', 'RETURNED', 'DISPUTED') and arrived_at <= arrive_due_at) as arrived_on_time,
				  count(*) filter (where reply_due_on between :from and :to) as due,
				  count(*) filter (where reply_due_on between :from and :to and replied_at is not null) as closed,
				  count(*) filter (where reply_due_on between :from and :to and replied_at is not null
				    and (replied_at at time zone 'Asia/Shanghai')::date <= reply_due_on) as closed_on_time,
				  count(*) filter (where replied_at >= :start and replied_at < :end) as replied,
				  coalesce(sum(reopen_count) filter (where updated_at >= :start and updated_at < :end), 0) as reopened,
				  count(*) filter (where rated_at >= :start and rated_at < :end) as rated,
				  count(*) filter (where rated_at >= :start and rated_at < :end
				    and satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied
				from intake_event
				where assigned_org_id is not null and (:nationwide or division_code like any (:codes))
				group by assigned_org_id""")
			.param("nationwide", scope.isNationwide())
			.param("codes", codes(scope))
			.param("from", from)
			.param("to", to)
			.param("start", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.query((rs, n) -> {
				long org = rs.getLong("org");
				return new UnitIndicators(org, String.valueOf(events.orgName(org)), rs.getInt("received"),
						rs.getInt("accepted"), rs.getInt("accepted_on_time"), rs.getInt("arrive_due"),
						rs.getInt("arrived_on_time"), returns.getOrDefault(org, 0),
						rs.getInt("due"), rs.getInt("closed"), rs.getInt("closed_on_time"), rs.getInt("replied"),
						rs.getInt("reopened"), rs.getInt("rated"), rs.getInt("satisfied"));
			})
			.list()
			.stream()
			.filter(u -> u.received() + u.due() + u.returned() + u.rated() > 0)
			.sorted(Comparator.comparing(UnitIndicators::unit))
			.toList();
	}

	private static String[] codes(JurisdictionScope scope) {
		return scope.codes().stream().map(c -> c + "%").toArray(String[]::new);
	}
}
