package cn.oneteam.whistle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summonses of open whistles past a clock, per summoned department, for the supervisor's alert board
 * (docs/adr/0036-supervisors-alert-board.md): {@link Lapse#UNANSWERED} — not acknowledged (报到) by its report
 * deadline; {@link Lapse#OVERDUE} — past the clock of the step it waits for (报到, arrival or result). One set-based
 * query; the caller checks who may read it.
 */
@Service
public class WhistleAlertFigures {

	public enum Lapse {
		UNANSWERED, OVERDUE
	}

	/** A department's count of summonses past the clock. */
	public record DepartmentFigure(long bodyId, long summonses) {
	}

	/** A summons behind a figure: its whistle, what was asked, the clock passed and its due time. */
	public record LateSummons(long whistleId, String need, String clock, OffsetDateTime raisedAt,
			OffsetDateTime dueAt) {
	}

	private static final String LATE = """
			select s.department_id as body, s.whistle_id, w.need, w.raised_at, s.state,
			  case s.state when 'SUMMONED' then s.report_due_at when 'ACKNOWLEDGED' then s.arrive_due_at
			    else (s.resolve_due_on + 1)::timestamp at time zone 'Asia/Shanghai' end as due_at
			from whistle_summons s join whistle w on w.id = s.whistle_id join organization o on o.id = s.department_id
			where w.state = 'OPEN' and (:nationwide or o.division_code like any (:codes))
			  and ((s.state = 'SUMMONED' and s.report_due_at < :now)
			    or (:overdue and s.state = 'ACKNOWLEDGED' and s.arrive_due_at < :now)
			    or (:overdue and s.state = 'ARRIVED' and s.resolve_due_on < :today))""";

	private final JdbcClient jdbc;

	WhistleAlertFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<DepartmentFigure> figures(Lapse lapse, JurisdictionScope scope, OffsetDateTime now, LocalDate today) {
		return bind(jdbc.sql("select body, count(*) as n from (" + LATE + ") l group by body order by body"), lapse,
				scope, now, today)
			.query((rs, n) -> new DepartmentFigure(rs.getLong("body"), rs.getLong("n")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<LateSummons> summonses(Lapse lapse, JurisdictionScope scope, OffsetDateTime now, LocalDate today,
			long bodyId, int limit) {
		return bind(jdbc.sql("select * from (" + LATE + ") l where body = :body order by due_at limit :limit"), lapse,
				scope, now, today)
			.param("body", bodyId)
			.param("limit", limit)
			.query((rs, n) -> new LateSummons(rs.getLong("whistle_id"), rs.getString("need"), rs.getString("state"),
					rs.getObject("raised_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class)))
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Lapse lapse, JurisdictionScope scope,
			OffsetDateTime now, LocalDate today) {
		return spec.param("overdue", lapse == Lapse.OVERDUE)
			.param("now", now)
			.param("today", today)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new));
	}
}
