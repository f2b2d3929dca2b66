package cn.oneteam.intake;

import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated returns of events (退单) per receiving unit, for the supervisor's alert board
 * (docs/adr/0036-supervisors-alert-board.md): an event returned at least {@code times} times in all counts against
 * every unit of the scope that returned it. One set-based query over {@code intake_return}; the caller checks who may
 * read it.
 */
@Service
public class EventAlertFigures {

	/** A unit's figure: the events it returned that were returned at least the given times, and the most returns. */
	public record UnitFigure(long bodyId, long events, long mostReturns) {
	}

	/** An event behind a figure: its tracking number, how often it was returned in all, the unit's last return. */
	public record ReturnedEvent(long eventId, String trackingNumber, String state, long returns,
			OffsetDateTime lastReturnedAt) {
	}

	private static final String RETURNED = """
			with often as (select event_id, count(*) as n, max(returned_at) as last_at from intake_return
			  group by event_id having count(*) >= :times)
			select r.org_id as body, f.event_id, f.n, f.last_at
			from intake_return r join often f on f.event_id = r.event_id join organization o on o.id = r.org_id
			where (:nationwide or o.division_code like any (:codes))
			group by r.org_id, f.event_id, f.n, f.last_at""";

	private final JdbcClient jdbc;

	EventAlertFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<UnitFigure> repeatedReturns(int times, JurisdictionScope scope) {
		return bind(jdbc.sql("with returned as (" + RETURNED + ") select body, count(*) as events, max(n) as most"
				+ " from returned group by body order by body"), times, scope)
			.query((rs, n) -> new UnitFigure(rs.getLong("body"), rs.getLong("events"), rs.getLong("most")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<ReturnedEvent> returnedEvents(int times, JurisdictionScope scope, long bodyId, int limit) {
		return bind(jdbc.sql("with returned as (" + RETURNED + ") select e.id, e.tracking_number, e.state, r.n,"
				+ " r.last_at from returned r join intake_event e on e.id = r.event_id where r.body = :body"
				+ " order by r.n desc, r.last_at desc limit :limit"), times, scope)
			.param("body", bodyId)
			.param("limit", limit)
			.query((rs, n) -> new ReturnedEvent(rs.getLong("id"), rs.getString("tracking_number"),
					rs.getString("state"), rs.getLong("n"), rs.getObject("last_at", OffsetDateTime.class)))
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, int times, JurisdictionScope scope) {
		return spec.param("times", times)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new));
	}
}
