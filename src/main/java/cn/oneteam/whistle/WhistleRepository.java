package cn.oneteam.whistle;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whistles, summoned departments, alerts, ratings and the configuration of 吹哨报到, in PostgreSQL. */
@Repository
class WhistleRepository {

	private final JdbcClient jdbc;

	WhistleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A whistle as stored. */
	record Stored(long id, DivisionCode township, long raisedByOrgId, String typeCode, String need, DivisionCode place,
			String address, @Nullable Long eventId, ResponseRequirement requirement, WhistleDetail.State state, int reopenCount, OffsetDateTime raisedAt,
			@Nullable OffsetDateTime closedAt) {
	}

	/** A summoned department as stored. */
	record Summons(long id, long whistleId, long departmentId, ResponderKind kind, WhistleDetail.Responder.State state,
			OffsetDateTime reportDueAt, OffsetDateTime arriveDueAt, LocalDate resolveDueOn, boolean resolveProvisional,
			@Nullable OffsetDateTime acknowledgedAt, @Nullable OffsetDateTime arrivedAt, @Nullable String arrivalPlace,
			@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable OffsetDateTime reportedAt,
			@Nullable String result, int urgeCount) {
	}

	long insert(DivisionCode township, long orgId, long accountId, String type, ResponseRequirement requirement,
			WhistleInputs.Raise input, OffsetDateTime raisedAt, OffsetDateTime recordedAt) {
		return jdbc.sql("""
				insert into whistle (township_code, raised_by_org_id, raised_by_account_id, type_code, need, place_code,
				  place_text, event_id, report_minutes, arrive_minutes, resolve_working_days, state, raised_at, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
			.params(township.value(), orgId, accountId, type, input.need().trim(), input.place().value(),
					input.address().trim(), input.eventId(), requirement.reportMinutes(), requirement.arriveMinutes(),
					requirement.resolveWorkingDays(), raisedAt, recordedAt)
			.query(Long.class)
			.single();
	}

	void summon(long whistleId, long departmentId, ResponderKind kind, ResponseClock.Dues dues) {
		jdbc.sql("""
				insert into whistle_summons (whistle_id, department_id, responder_kind, state, report_due_at,
				  arrive_due_at, resolve_due_on, resolve_provisional)
				values (?, ?, ?, 'SUMMONED', ?, ?, ?, ?)""")
			.params(whistleId, departmentId, kind.name(), dues.reportDueAt(), dues.arriveDueAt(),
					dues.resolveDue().date(), dues.resolveDue().provisional())
			.update();
	}

	Optional<Stored> find(long id) {
		return jdbc.sql("select * from whistle where id = ?").param(id).query(WhistleRepository::stored).optional();
	}

	/** The whistle, its row locked: every action locks the whistle before its summoned departments. */
	Optional<Stored> lock(long id) {
		return jdbc.sql("select * from whistle where id = ? for update").param(id).query(WhistleRepository::stored)
			.optional();
	}

	List<Summons> summonsOf(long whistleId) {
		return jdbc.sql("select * from whistle_summons where whistle_id = ? order by id").param(whistleId)
			.query(WhistleRepository::summons)
			.list();
	}

	void acknowledge(long summonsId, OffsetDateTime at) {
		jdbc.sql("update whistle_summons set state = 'ACKNOWLEDGED', acknowledged_at = ? where id = ?")
			.params(at, summonsId)
			.update();
	}

	void arrive(long summonsId, OffsetDateTime at, WhistleInputs.Arrival arrival) {
		jdbc.sql("""
				update whistle_summons set state = 'ARRIVED', arrived_at = ?, arrival_place = ?, arrival_latitude = ?,
				  arrival_longitude = ? where id = ?""")
			.params(at, arrival.place().trim(), arrival.latitude(), arrival.longitude(), summonsId)
			.update();
	}

	void report(long summonsId, OffsetDateTime at, String result) {
		jdbc.sql("update whistle_summons set state = 'REPORTED', reported_at = ?, result = ? where id = ?")
			.params(at, result, summonsId)
			.update();
	}

	void sendBack(long summonsId) {
		jdbc.sql("update whistle_summons set state = 'ARRIVED', reported_at = null where id = ?").param(summonsId)
			.update();
	}

	void urge(long summonsId) {
		jdbc.sql("update whistle_summons set urge_count = urge_count + 1 where id = ?").param(summonsId).update();
	}

	void close(long whistleId, OffsetDateTime at) {
		jdbc.sql("update whistle set state = 'CLOSED', closed_at = ? where id = ?").params(at, whistleId).update();
	}

	void reopened(long whistleId) {
		jdbc.sql("update whistle set reopen_count = reopen_count + 1 where id = ?").param(whistleId).update();
	}

	boolean rated(long summonsId) {
		return jdbc.sql("select exists (select 1 from whistle_rating where summons_id = ?)").param(summonsId)
			.query(Boolean.class)
			.single();
	}

	void rate(long summonsId, long accountId, OffsetDateTime at, BigDecimal score, Map<String, Integer> scores,
			@Nullable String comment) {
		long id = jdbc.sql("""
				insert into whistle_rating (summons_id, rated_by, rated_at, score, comment) values (?, ?, ?, ?, ?)
				returning id""")
			.params(summonsId, accountId, at, score, comment)
			.query(Long.class)
			.single();
		scores.forEach((dimension, value) -> jdbc
			.sql("insert into whistle_rating_score (rating_id, dimension_code, score) values (?, ?, ?)")
			.params(id, dimension, value)
			.update());
	}

	/** The rating of each rated summons of a whistle. */
	Map<Long, WhistleDetail.Rated> ratingsOf(long whistleId) {
		Map<Long, WhistleDetail.Rated> ratings = new LinkedHashMap<>();
		jdbc.sql("""
				select r.*, d.dimension_code, d.score as dimension_score from whistle_rating r
				join whistle_summons s on s.id = r.summons_id join whistle_rating_score d on d.rating_id = r.id
				join whistle_rating_dimension m on m.code = d.dimension_code
				where s.whistle_id = ? order by r.id, m.position""")
			.param(whistleId)
			.query(rs -> {
				WhistleDetail.Rated rated = ratings.computeIfAbsent(rs.getLong("summons_id"),
						k -> rated(rs));
				rated.scores().put(rs.getString("dimension_code"), rs.getInt("dimension_score"));
			});
		return ratings;
	}

	private static WhistleDetail.Rated rated(ResultSet rs) {
		try {
			return new WhistleDetail.Rated(new LinkedHashMap<>(), rs.getBigDecimal("score"), rs.getString("comment"),
					rs.getObject("rated_at", OffsetDateTime.class));
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The clocks that have raised an alert, per summons of a whistle. */
	Map<Long, List<ResponseClock.Kind>> alertsOf(long whistleId) {
		Map<Long, List<ResponseClock.Kind>> alerts = new LinkedHashMap<>();
		jdbc.sql("""
				select a.summons_id, a.clock from whistle_alert a join whistle_summons s on s.id = a.summons_id
				where s.whistle_id = ? order by a.id""")
			.param(whistleId)
			.query(rs -> {
				alerts.computeIfAbsent(rs.getLong("summons_id"), k -> new ArrayList<>())
					.add(ResponseClock.Kind.valueOf(rs.getString("clock")));
			});
		return alerts;
	}

	/** Whistles raised in the scope, newest first. */
	List<WhistleRow> raisedIn(JurisdictionScope scope, int limit) {
		return jdbc.sql("""
				select w.*, (select count(*) from whistle_summons s where s.whistle_id = w.id) as responders,
				  (select count(*) from whistle_summons s where s.whistle_id = w.id and s.state = 'REPORTED') as reported,
				  (select count(*) from whistle_alert a join whistle_summons s on s.id = a.summons_id
				    where s.whistle_id = w.id) as alerts
				from whistle w
				where (:nationwide or exists (select 1 from unnest(cast(:codes as varchar[])) c(code)
				  where w.township_code like c.code || '%'))
				order by w.raised_at desc, w.id desc limit :limit""")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().toArray(String[]::new))
			.param("limit", limit)
			.query((rs, n) -> row(rs, null, null, false))
			.list();
	}

	/** Whistles the department is summoned to, open ones first, with its own state and next due time. */
	List<WhistleRow> summonedTo(long departmentId, OffsetDateTime now, int limit) {
		return jdbc.sql("""
				select w.*, 1 as responders, case when s.state = 'REPORTED' then 1 else 0 end as reported,
				  (select count(*) from whistle_alert a where a.summons_id = s.id) as alerts, s.state as my_state,
				  case s.state when 'SUMMONED' then s.report_due_at when 'ACKNOWLEDGED' then s.arrive_due_at
				    when 'ARRIVED' then (s.resolve_due_on + 1)::timestamp at time zone 'Asia/Shanghai' end as next_due
				from whistle_summons s join whistle w on w.id = s.whistle_id
				where s.department_id = :department
				order by (w.state = 'OPEN') desc, w.raised_at desc, w.id desc limit :limit""")
			.param("department", departmentId)
			.param("limit", limit)
			.query((rs, n) -> {
				OffsetDateTime due = rs.getObject("next_due", OffsetDateTime.class);
				return row(rs, WhistleDetail.Responder.State.valueOf(rs.getString("my_state")), due,
						due != null && "OPEN".equals(rs.getString("state")) && now.isAfter(due));
			})
			.list();
	}

	private static WhistleRow row(ResultSet rs, WhistleDetail.Responder.@Nullable State mine,
			@Nullable OffsetDateTime due, boolean overdue) throws SQLException {
		return new WhistleRow(rs.getLong("id"), rs.getString("township_code"), rs.getString("township_code"),
				rs.getString("type_code"),
				rs.getString("need"), rs.getString("place_text"), WhistleDetail.State.valueOf(rs.getString("state")),
				rs.getObject("raised_at", OffsetDateTime.class), rs.getInt("responders"), rs.getInt("reported"),
				rs.getInt("alerts"), mine, due, overdue);
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		return new Stored(rs.getLong("id"), DivisionCode.of(rs.getString("township_code")),
				rs.getLong("raised_by_org_id"), rs.getString("type_code"), rs.getString("need"),
				DivisionCode.of(rs.getString("place_code")), rs.getString("place_text"),
				rs.getObject("event_id", Long.class), new ResponseRequirement(rs.getInt("report_minutes"),
						rs.getInt("arrive_minutes"), rs.getInt("resolve_working_days")),
				WhistleDetail.State.valueOf(rs.getString("state")),
				rs.getInt("reopen_count"), rs.getObject("raised_at", OffsetDateTime.class),
				rs.getObject("closed_at", OffsetDateTime.class));
	}

	private static Summons summons(ResultSet rs, int n) throws SQLException {
		return new Summons(rs.getLong("id"), rs.getLong("whistle_id"), rs.getLong("department_id"),
				ResponderKind.valueOf(rs.getString("responder_kind")),
				WhistleDetail.Responder.State.valueOf(rs.getString("state")),
				rs.getObject("report_due_at", OffsetDateTime.class), rs.getObject("arrive_due_at", OffsetDateTime.class),
				rs.getObject("resolve_due_on", LocalDate.class), rs.getBoolean("resolve_provisional"),
				rs.getObject("acknowledged_at", OffsetDateTime.class), rs.getObject("arrived_at", OffsetDateTime.class),
				rs.getString("arrival_place"), rs.getBigDecimal("arrival_latitude"),
				rs.getBigDecimal("arrival_longitude"), rs.getObject("reported_at", OffsetDateTime.class),
				rs.getString("result"), rs.getInt("urge_count"));
	}
}
