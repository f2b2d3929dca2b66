package cn.oneteam.intake;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.PointCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events of a territory for the map (docs/adr/0052-the-map.md), counted in SQL: per area (the event's division code
 * cut to the areas' code length) and per grid cell of the recorded coordinates.
 */
@Service
public class EventsOnMap {

	/**
	 * One area's events: received in the period, replies that fell due in it, and those closed by their due day
	 * (数字城管 应结案 / 按期结案, docs/legal/intake.md#indicators).
	 */
	public record Area(String code, long received, long due, long closedOnTime) {
	}

	private final JdbcClient jdbc;

	EventsOnMap(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Areas of {@code division} whose codes have {@code codeLength} digits; shorter codes are events placed above them.
	 * Merged duplicates are not counted (as the dashboards, docs/adr/0050-dashboards-and-projections.md). Two aggregates,
	 * one per date, so that each reads its own index (V0140, V0141) instead of one OR no index serves.
	 */
	@Transactional(readOnly = true)
	public List<Area> perArea(DivisionCode division, int codeLength, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select area, sum(received) as received, sum(due) as due, sum(closed_on_time) as closed_on_time from (
				  select left(division_code, :length) as area, count(*) as received, 0 as due, 0 as closed_on_time
				  from intake_event
				  where division_code like :prefix and received_at >= :start and received_at < :end
				    and merged_into is null
				  group by 1
				  union all
				  select left(division_code, :length), 0, count(*), count(*) filter (where replied_at is not null
				    and (replied_at at time zone 'Asia/Shanghai')::date <= reply_due_on)
				  from intake_event
				  where division_code like :prefix and reply_due_on between :from and :to and merged_into is null
				  group by 1) counted
				group by area""")
			.param("length", codeLength)
			.param("prefix", division.value() + "%")
			.param("from", from)
			.param("to", to)
			.param("start", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.query((rs, n) -> new Area(rs.getString("area"), rs.getLong("received"), rs.getLong("due"),
					rs.getLong("closed_on_time")))
			.list();
	}

	/**
	 * Events received in the period that carry coordinates inside {@code view}, grouped by square cells of
	 * {@code cellDegrees}, the fullest {@code limit} cells first; only those that became a clue or case when
	 * {@code turnedIntoCases} (a case's place on the map is where its event was). Merged duplicates are left out.
	 */
	@Transactional(readOnly = true)
	public List<PointCluster> clusters(DivisionCode division, LocalDate from, LocalDate to, PointCluster.View view,
			double cellDegrees, boolean turnedIntoCases, int limit) {
		return jdbc.sql("""
				select count(*) as n, avg(longitude) as lon, avg(latitude) as lat from intake_event
				where division_code like :prefix and latitude is not null and merged_into is null
				  and longitude between :west and :east and latitude between :south and :north
				  and received_at >= :start and received_at < :end and (not :cases or case_id is not null)
				group by floor(longitude / :cell), floor(latitude / :cell)
				order by n desc limit :limit""")
			.param("prefix", division.value() + "%")
			.param("west", view.west())
			.param("south", view.south())
			.param("east", view.east())
			.param("north", view.north())
			.param("start", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime())
			.param("cases", turnedIntoCases)
			.param("cell", cellDegrees)
			.param("limit", limit)
			.query((rs, n) -> new PointCluster(rs.getDouble("lon"), rs.getDouble("lat"), rs.getLong("n")))
			.list();
	}
}
