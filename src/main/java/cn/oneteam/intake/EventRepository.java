package cn.oneteam.intake;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EventRepository {

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String tracking, EventChannel channel, @Nullable String externalId, NewEvent e, DivisionCode division,
			@Nullable String matter, @Nullable String classification, long receivedBy, OffsetDateTime now,
			Deadline dispatchDue) {
		return jdbc.sql("""
				insert into intake_event (tracking_number, channel, external_id, request_type, matter_code, classification,
				  description, division_code, township_code, grid_code, address, latitude, longitude, reporter_name,
				  reporter_phone, reporter_email, priority, state, received_at, received_by, dispatch_due_on,
				  dispatch_due_provisional, updated_at)
				values (:tracking, :channel, :external, :type, :matter, :classification, :description, :division,
				  :township, :grid, :address, :lat, :lon, :name, :phone, :email, :priority, 'RECEIVED', :now, :by,
				  :dispatchDue, :dispatchProvisional, :now)
				returning id""")
			.param("tracking", tracking)
			.param("channel", channel.name())
			.param("external", externalId)
			.param("type", e.requestType().name())
			.param("matter", matter)
			.param("classification", classification)
			.param("description", e.description().strip())
			.param("division", division.value())
			.param("township", division.value().substring(0, 9))
			.param("grid", blankToNull(e.grid()))
			.param("address", blankToNull(e.address()))
			.param("lat", e.latitude())
			.param("lon", e.longitude())
			.param("name", blankToNull(e.reporterName()))
			.param("phone", blankToNull(e.reporterPhone()))
			.param("email", blankToNull(e.reporterEmail()))
			.param("priority", e.priorityOrNormal().name())
			.param("now", now)
			.param("by", receivedBy)
			.param("dispatchDue", dispatchDue.date())
			.param("dispatchProvisional", dispatchDue.provisional())
			.query(Long.class)
			.single();
	}

	boolean trackingTaken(String tracking) {
		return jdbc.sql("select exists (select 1 from intake_event where tracking_number = ?)").param(tracking)
			.query(Boolean.class).single();
	}

	/** Holds the receipt of one external order until the transaction ends, so a repeated order waits for the first. */
	void lockExternalId(EventChannel channel, String externalId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(channel + "/" + externalId).query(Object.class)
			.single();
	}

	Optional<IntakeEvent> byExternalId(EventChannel channel, String externalId) {
		return jdbc.sql("select * from intake_event where channel = ? and external_id = ?")
			.params(channel.name(), externalId).query(EventRepository::map).optional();
	}

	Optional<IntakeEvent> find(long id) {
		return jdbc.sql("select * from intake_event where id = ?").param(id).query(EventRepository::map).optional();
	}

	/** The event, locked for the change that follows (rows are always locked one at a time, or by id order). */
	Optional<IntakeEvent> lock(long id) {
		return jdbc.sql("select * from intake_event where id = ? for update").param(id).query(EventRepository::map)
			.optional();
	}

	/** The event that became the case's clue, if any. */
	Optional<IntakeEvent> byCase(long caseId) {
		return jdbc.sql("select * from intake_event where case_id = ?").param(caseId).query(EventRepository::map)
			.optional();
	}

	/** Events received through the given channels from {@code from} up to (not including) {@code to}, newest first. */
	List<IntakeEvent> receivedThrough(Collection<EventChannel> channels, OffsetDateTime from, OffsetDateTime to,
			int limit) {
		return jdbc.sql("""
				select * from intake_event where received_at >= :from and received_at < :to and channel in (:channels)
				order by received_at desc, id desc limit :limit""")
			.param("channels", channels.stream().map(Enum::name).toList())
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(EventRepository::map)
			.list();
	}

	Optional<IntakeEvent> byTracking(String tracking) {
		return jdbc.sql("select * from intake_event where tracking_number = ?").param(tracking)
			.query(EventRepository::map).optional();
	}

	/** The events about a subject of the register in the scope, oldest first (docs/adr/0019-subject-register.md). */
	List<IntakeEvent> aboutSubject(long subjectId, JurisdictionScope scope) {
		return jdbc.sql("""
				select * from intake_event
				where subject_id = :subject and (:nationwide or division_code like any (:codes))
				order by received_at, id""")
			.param("subject", subjectId)
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query(EventRepository::map)
			.list();
	}

	/** Events in the scope, newest first, optionally in given states. */
	List<IntakeEvent> inScope(JurisdictionScope scope, Collection<EventState> states, int limit) {
		return jdbc.sql("""
				select * from intake_event
				where (:nationwide or division_code like any (:codes)) and state in (:states)
				order by received_at desc, id desc limit :limit""")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("states", states.stream().map(Enum::name).toList())
			.param("limit", limit)
			.query(EventRepository::map)
			.list();
	}

	/** Events of the unit, or of the team (its members may have accounts elsewhere), in the given states. */
	List<IntakeEvent> assignedTo(long orgId, @Nullable Long teamId, Collection<EventState> states) {
		return jdbc.sql("""
				select * from intake_event where (assigned_org_id = :org or team_id = :team) and state in (:states)
				order by received_at, id""")
			.param("org", orgId)
			.param("team", teamId == null ? -1L : teamId)
			.param("states", states.stream().map(Enum::name).toList())
			.query(EventRepository::map)
			.list();
	}

	/** Open events past a clock in the scope: not dispatched, not accepted, not arrived, or not replied in time. */
	List<IntakeEvent> overdue(JurisdictionScope scope, OffsetDateTime now, LocalDate today) {
		return jdbc.sql("""
				select * from intake_event
				where (:nationwide or division_code like any (:codes)) and (
				  (state in ('RECEIVED', 'CLASSIFIED', 'RETURNED') and dispatch_due_on < :today)
				  or (state = 'DISPATCHED' and accept_due_at < :now)
				  or (state in ('DISPATCHED', 'ACCEPTED') and arrived_at is null and arrive_due_at < :now)
				  or (state = 'ACCEPTED' and reply_due_on < :today))
				order by received_at, id""")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.param("now", now)
			.param("today", today)
			.query(EventRepository::map)
			.list();
	}

	/** Open events in the scope escalated to the county coordinator (overdue clocks, repeated returns), oldest first. */
	List<IntakeEvent> escalated(JurisdictionScope scope) {
		return jdbc.sql("""
				select * from intake_event
				where (:nationwide or division_code like any (:codes)) and escalated
				  and state not in ('REPLIED', 'RATED', 'MERGED')
				order by received_at, id""")
			.param("nationwide", scope.isNationwide())
			.param("codes", scope.codes().stream().map(c -> c + "%").toArray(String[]::new))
			.query(EventRepository::map)
			.list();
	}

	/** Other open events of the same matter in the township since the start of the window. */
	List<IntakeEvent> sameMatterSince(long id, String matter, DivisionCode township, OffsetDateTime since) {
		return jdbc.sql("""
				select * from intake_event where id <> ? and matter_code = ? and township_code = ? and received_at >= ?
				  and state not in ('MERGED', 'RATED') order by received_at, id""")
			.params(id, matter, township.value(), since)
			.query(EventRepository::map)
			.list();
	}

	/** How many events of the township were received in the period (merged reports counted once, as their target). */
	long receivedIn(DivisionCode township, OffsetDateTime from, OffsetDateTime until) {
		return jdbc.sql("""
				select count(*) from intake_event where township_code = ? and received_at >= ? and received_at < ?
				  and merged_into is null""")
			.params(township.value(), from, until)
			.query(Long.class)
			.single();
	}

	/** Events merged into this one (each reporter follows the target's progress). */
	List<IntakeEvent> mergedInto(long id) {
		return jdbc.sql("select * from intake_event where merged_into = ? order by id").param(id)
			.query(EventRepository::map).list();
	}

	void update(long id, String assignments, Map<String, ?> values) {
		JdbcClient.StatementSpec spec = jdbc.sql("update intake_event set " + assignments + " where id = :id")
			.param("id", id);
		for (Map.Entry<String, ?> v : values.entrySet()) {
			spec = spec.param(v.getKey(), v.getValue());
		}
		spec.update();
	}

	void insertReturn(long eventId, long orgId, String reason, OffsetDateTime now, long by) {
		jdbc.sql("insert into intake_return (event_id, org_id, reason, returned_at, returned_by) values (?, ?, ?, ?, ?)")
			.params(eventId, orgId, reason, now, by).update();
	}

	List<Map<String, Object>> returns(long eventId) {
		return jdbc.sql("select * from intake_return where event_id = ? order by id").param(eventId).query().listOfRows();
	}

	void insertPhoto(long eventId, String contentType, byte[] content) {
		jdbc.sql("insert into intake_photo (event_id, content_type, size_bytes, content) values (?, ?, ?, ?)")
			.params(eventId, contentType, content.length, content).update();
	}

	List<Long> photos(long eventId) {
		return jdbc.sql("select id from intake_photo where event_id = ? order by id").param(eventId)
			.query(Long.class).list();
	}

	Optional<StoredPhoto> photo(long photoId) {
		return jdbc.sql("select event_id, content_type, content from intake_photo where id = ?").param(photoId)
			.query((rs, n) -> new StoredPhoto(rs.getLong("event_id"), rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	record StoredPhoto(long eventId, String contentType, byte[] content) {
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A moment as Beijing time, as every page and answer shows it. */
	private static @Nullable OffsetDateTime local(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : ChinaTime.local(value);
	}

	static IntakeEvent map(ResultSet rs, int n) throws SQLException {
		String satisfaction = rs.getString("satisfaction");
		return new IntakeEvent(rs.getLong("id"), rs.getString("tracking_number"),
				EventChannel.valueOf(rs.getString("channel")), rs.getString("external_id"),
				RequestType.valueOf(rs.getString("request_type")), rs.getString("matter_code"),
				rs.getString("classification"), rs.getString("description"),
				DivisionCode.of(rs.getString("division_code")), DivisionCode.of(rs.getString("township_code")),
				rs.getString("grid_code"), rs.getString("address"), rs.getObject("latitude", BigDecimal.class),
				rs.getObject("longitude", BigDecimal.class), rs.getString("reporter_name"),
				rs.getString("reporter_phone"), rs.getString("reporter_email"),
				Priority.valueOf(rs.getString("priority")), EventState.valueOf(rs.getString("state")),
				rs.getObject("assigned_org_id", Long.class), rs.getString("routing_zh"), rs.getString("routing_en"),
				local(rs, "received_at"), rs.getObject("dispatch_due_on", LocalDate.class),
				local(rs, "dispatched_at"), local(rs, "accept_due_at"),
				local(rs, "accepted_at"), rs.getObject("reply_due_on", LocalDate.class),
				local(rs, "replied_at"), rs.getString("reply"), rs.getInt("return_count"),
				rs.getInt("reopen_count"), rs.getInt("urge_count"), rs.getBoolean("escalated"),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
				local(rs, "rated_at"), rs.getObject("merged_into", Long.class),
				rs.getObject("case_id", Long.class), local(rs, "updated_at"), rs.getObject("team_id", Long.class),
				local(rs, "arrive_due_at"), local(rs, "arrived_at"), rs.getObject("arrived_latitude", BigDecimal.class),
				rs.getObject("arrived_longitude", BigDecimal.class), rs.getBoolean("dispatch_due_provisional"),
				rs.getBoolean("reply_due_provisional"), rs.getObject("subject_id", Long.class),
				rs.getObject("substantiated", Boolean.class));
	}
}
