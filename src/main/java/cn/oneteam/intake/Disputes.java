package cn.oneteam.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.catalog.Boundary;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Team;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 争议协调: disputes go to the county coordinating body (docs/legal/intake.md#dispute-coordination, Zhejiang model: county-township disputes go
 * to the county coordinating body) — nobody or several responsible, repeated returns, or two units claiming it —,
 * which names the responsible body within the configured working days; the event is then classified to that body,
 * and a catalogue manager may turn the decision into a responsibility boundary so that the next identical event
 * routes itself.
 */
@Service
public class Disputes {

	private final JdbcClient jdbc;

	private final EventRepository events;

	private final Organizations organizations;

	private final Catalog catalog;

	private final WorkingDayCalendar calendar;

	private final ApplicationEventPublisher publisher;

	private final IntakeProperties properties;

	private final DispatchTeams teams;

	private final Clock clock;

	Disputes(JdbcClient jdbc, EventRepository events, Organizations organizations, Catalog catalog,
			WorkingDayCalendar calendar, ApplicationEventPublisher publisher, IntakeProperties properties,
			DispatchTeams teams, Clock clock) {
		this.jdbc = jdbc;
		this.teams = teams;
		this.events = events;
		this.organizations = organizations;
		this.catalog = catalog;
		this.calendar = calendar;
		this.publisher = publisher;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Opens a dispute for the event (locked by the caller) and puts the event in dispute; the claims made on the event
	 * since its last dispute become this dispute's.
	 */
	void open(IntakeEvent event, Dispute.Reason reason, String detail, long actor, OffsetDateTime now) {
		Deadline due = calendar.workingDaysAfter(ChinaTime.local(now).toLocalDate(), properties.disputeWorkingDays());
		long id = jdbc.sql("""
				insert into intake_dispute (event_id, county_code, reason, detail, opened_at, decide_due_on,
				  decide_due_provisional) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(event.id(), event.township().value().substring(0, 6), reason.name(), detail, now, due.date(),
					due.provisional())
			.query(Long.class)
			.single();
		jdbc.sql("update intake_claim set dispute_id = ? where event_id = ? and dispute_id is null")
			.params(id, event.id())
			.update();
		events.update(event.id(), "state = 'DISPUTED', assigned_org_id = null, team_id = null, updated_at = :now",
				Map.of("now", now));
		publisher.publishEvent(new EventRecorded(event.id(), "dispute-opened", actor, now,
				Map.of("dispute", id, "reason", reason.name(), "detail", detail, "decideDueOn", due.date().toString())));
	}

	/** Disputes of counties in the scope, undecided first. */
	@Transactional(readOnly = true)
	public List<Dispute> inScope(JurisdictionScope scope) {
		return jdbc.sql("""
				select d.*, e.tracking_number from intake_dispute d join intake_event e on e.id = d.event_id
				order by d.decided_at nulls first, d.decide_due_on, d.id""")
			.query((rs, n) -> map(rs))
			.list()
			.stream()
			.filter(d -> scope.overlaps(DivisionCode.of(d.countyCode())))
			.toList();
	}

	/** The undecided dispute of the event, if one is open. */
	Optional<Dispute> undecided(long eventId) {
		return ofEvent(eventId).stream().filter(d -> !d.decided()).findFirst();
	}

	/**
	 * 认领: records a unit's claim on the event (locked by the caller); the claim joins the event's undecided dispute
	 * when there is one. Answers the claims that wait for a dispute (none when it joined one).
	 */
	List<Dispute.Claim> claim(IntakeEvent event, long orgId, String reason, long actor, OffsetDateTime now) {
		Optional<Dispute> open = undecided(event.id());
		boolean repeated = jdbc.sql("""
				select exists (select 1 from intake_claim where event_id = ? and org_id = ?
				  and (dispute_id is null or dispute_id = ?))""")
			.params(event.id(), orgId, open.map(Dispute::id).orElse(0L))
			.query(Boolean.class)
			.single();
		if (repeated) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.claim-repeated", event.trackingNumber());
		}
		jdbc.sql("""
				insert into intake_claim (event_id, org_id, reason, claimed_at, claimed_by, dispute_id)
				values (?, ?, ?, ?, ?, ?)""")
			.params(event.id(), orgId, reason, now, actor, open.map(Dispute::id).orElse(null))
			.update();
		return open.isPresent() ? List.of() : pendingClaims(event.id());
	}

	/** Claims on the event that belong to no dispute yet, earliest first. */
	List<Dispute.Claim> pendingClaims(long eventId) {
		return claims("dispute_id is null and event_id = ?", eventId);
	}

	private List<Dispute.Claim> claims(String where, long id) {
		return jdbc.sql("select * from intake_claim where " + where + " order by claimed_at, id")
			.param(id)
			.query((rs, n) -> {
				long org = rs.getLong("org_id");
				return new Dispute.Claim(org, organizations.find(new OrganizationId(org)).map(Organization::name)
					.orElse(String.valueOf(org)), rs.getString("reason"),
						ChinaTime.local(rs.getObject("claimed_at", OffsetDateTime.class)));
			})
			.list();
	}

	@Transactional(readOnly = true)
	public List<Dispute> ofEvent(long eventId) {
		return jdbc.sql("""
				select d.*, e.tracking_number from intake_dispute d join intake_event e on e.id = d.event_id
				where d.event_id = ? order by d.id""")
			.param(eventId)
			.query((rs, n) -> map(rs))
			.list();
	}

	/**
	 * The county coordinating body decides: a body that works in the county takes the event, which is classified to
	 * it. Only a coordinator whose jurisdiction covers the whole county decides.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public Dispute decide(long disputeId, long orgId, String decision, ScopedPrincipal caller) {
		Dispute dispute = lock(disputeId);
		DivisionCode county = DivisionCode.of(dispute.countyCode());
		if (!caller.jurisdiction().covers(county)) {
			throw new IntakeViolation(IntakeViolation.FORBIDDEN, "intake.dispute-not-coordinator", county);
		}
		if (dispute.decided()) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.dispute-decided", disputeId);
		}
		if (decision.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.dispute-decision-missing");
		}
		Organization body = organizations.find(new OrganizationId(orgId))
			.filter(o -> o.territory().stream().anyMatch(t -> t.isWithin(county) || county.isWithin(t)))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.dispute-body-outside",
					orgId, county));
		OffsetDateTime now = OffsetDateTime.now(clock);
		IntakeEvent event = events.lock(dispute.eventId()).orElseThrow();
		jdbc.sql("""
				update intake_dispute set decided_org_id = ?, decision = ?, decided_at = ?, decided_by = ? where id = ?""")
			.params(orgId, decision.strip(), now, caller.accountId(), disputeId)
			.update();
		Map<String, Object> values = new HashMap<>(Map.of("org", orgId, "zh",
				"争议裁定：由" + body.name() + "办理。" + decision.strip(), "en",
				"Dispute decided: " + body.name() + " handles it. " + decision.strip(), "now", now));
		values.put("team", teams.stationedIn(orgId, event.township()).map(Team::id).orElse(null));
		events.update(event.id(), """
				state = 'CLASSIFIED', assigned_org_id = :org, team_id = :team, routing_zh = :zh, routing_en = :en,
				updated_at = :now""", values);
		publisher.publishEvent(new EventRecorded(event.id(), "dispute-decided", caller.accountId(), now,
				Map.of("dispute", disputeId, "body", body.name(), "decision", decision.strip())));
		return require(disputeId);
	}

	/**
	 * Turns a decided dispute into a responsibility boundary of the event's matter in its township from the given
	 * day (catalogue managers only, through the catalogue's own rules), so that the next identical event routes itself.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('catalog:manage')")
	public Boundary applyAsBoundary(long disputeId, LocalDate from, ScopedPrincipal caller) {
		Dispute dispute = lock(disputeId);
		IntakeEvent event = events.find(dispute.eventId()).orElseThrow();
		if (!dispute.decided() || dispute.decidedOrgId() == null || event.matterCode() == null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.dispute-not-decided", disputeId);
		}
		if (dispute.boundaryId() != null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.dispute-applied", disputeId, dispute.boundaryId());
		}
		Boundary boundary = catalog.defineBoundary(event.matterCode(), event.township(), null, null,
				dispute.decidedOrgId(), from, null, caller.jurisdiction());
		jdbc.sql("update intake_dispute set boundary_id = ? where id = ?").params(boundary.id(), disputeId).update();
		publisher.publishEvent(new EventRecorded(event.id(), "dispute-made-boundary", caller.accountId(),
				OffsetDateTime.now(clock), Map.of("dispute", disputeId, "boundary", boundary.id(), "matter",
						event.matterCode(), "territory", event.township().value(), "from", from.toString())));
		return boundary;
	}

	private Dispute lock(long id) {
		jdbc.sql("select id from intake_dispute where id = ? for update").param(id).query(Long.class).optional()
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.dispute-unknown", id));
		return require(id);
	}

	private Dispute require(long id) {
		return jdbc.sql("""
				select d.*, e.tracking_number from intake_dispute d join intake_event e on e.id = d.event_id where d.id = ?""")
			.param(id)
			.query((rs, n) -> map(rs))
			.optional()
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.dispute-unknown", id));
	}

	private static @Nullable OffsetDateTime decidedAt(ResultSet rs)
			throws SQLException {
		OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
		return decided == null ? null : ChinaTime.local(decided);
	}

	private Dispute map(ResultSet rs) throws SQLException {
		return new Dispute(rs.getLong("id"), rs.getLong("event_id"), rs.getString("tracking_number"),
				rs.getString("county_code"), Dispute.Reason.valueOf(rs.getString("reason")), rs.getString("detail"),
				ChinaTime.local(rs.getObject("opened_at", OffsetDateTime.class)), rs.getObject("decide_due_on", LocalDate.class),
				rs.getBoolean("decide_due_provisional"), rs.getObject("decided_org_id", Long.class), rs.getString("decision"),
				decidedAt(rs), rs.getObject("boundary_id", Long.class), claims("dispute_id = ?", rs.getLong("id")));
	}
}
