package cn.oneteam.intake;

import static cn.oneteam.intake.EventGuards.requireState;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.organization.Team;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 派遣与办理: the dispatcher sends a routed event to the body and its team (派单) and urges it (催办); the
 * receiving unit accepts it (签收) or returns it (退单), reports arriving on the spot (到场) and replies (答复);
 * another unit may claim it (认领). Repeated returns and competing claims go to the county coordinator as a
 * dispute. Every change is in the event's full-process record; a dispatch is published as {@link EventDispatched},
 * a reply (which closes the event) as {@link EventClosed} (docs/adr/0014-typed-events.md).
 */
@Service
public class EventDispatch {

	/** The requests a unit may find substantiated or not: 投诉 and 举报. */
	static final java.util.Set<RequestType> COMPLAINTS = EnumSet.of(RequestType.COMPLAINT, RequestType.REPORT);

	private final EventRepository events;

	private final Disputes disputes;

	private final DispatchTeams teams;

	private final IntakeProperties properties;

	private final EventGuards guards;

	private final EventQueries queries;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventDispatch(EventRepository events, Disputes disputes, DispatchTeams teams, IntakeProperties properties,
			EventGuards guards, EventQueries queries, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.disputes = disputes;
		this.teams = teams;
		this.properties = properties;
		this.guards = guards;
		this.queries = queries;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** 派单 to the routed body, and to the team the routing found (the township's stationed group) if any. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent dispatch(long id, ScopedPrincipal caller) {
		return dispatch(id, null, caller);
	}

	/**
	 * 派单: to the body the routing found and to one of its teams — the one named, else the one the routing found —;
	 * the clock to accept starts (per priority).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent dispatch(long id, @Nullable Long teamId, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockInScope(id, caller.jurisdiction());
		requireState(event, EnumSet.of(EventState.CLASSIFIED, EventState.RETURNED));
		if (event.assignedOrgId() == null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.not-routed", event.trackingNumber());
		}
		Optional<Team> team = teamId == null ? teams.find(event.assignedOrgId(), event.teamId())
				: Optional.of(teams.require(event.assignedOrgId(), teamId));
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime acceptDue = now.plus(properties.sla().get(event.priority()).accept());
		OffsetDateTime arriveDue = now.plus(properties.sla().get(event.priority()).arrive());
		Map<String, Object> values = new HashMap<>(Map.of("now", now, "due", acceptDue, "arriveDue", arriveDue));
		values.put("team", team.map(Team::id).orElse(null));
		events.update(id, """
				state = 'DISPATCHED', team_id = :team, dispatched_at = :now, accept_due_at = :due,
				arrive_due_at = :arriveDue, updated_at = :now""", values);
		publisher.publishEvent(new EventRecorded(id, "dispatched", caller.accountId(), now, Map.of("body",
				queries.orgName(event.assignedOrgId()), "team", team.map(Team::name).orElse(""), "acceptDue",
				ChinaTime.local(acceptDue).toString(), "arriveDue", ChinaTime.local(arriveDue).toString())));
		publisher.publishEvent(new EventDispatched(id, event.assignedOrgId(), now));
		return events.find(id).orElseThrow();
	}

	/** 签收: the receiving unit takes the event. */
	@Transactional
	public IntakeEvent accept(long id, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.DISPATCHED));
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.update(id, "state = 'ACCEPTED', accepted_at = :now, updated_at = :now", Map.of("now", now));
		publisher.publishEvent(new EventRecorded(id, "accepted", caller.accountId(), now,
				Map.of("onTime", event.acceptDueAt() == null || !now.isAfter(event.acceptDueAt()))));
		return events.find(id).orElseThrow();
	}

	/**
	 * 退单: the receiving unit gives the event back with its reason; counted against the unit. The configured number
	 * of returns sends it to the county coordinator as a dispute.
	 */
	@Transactional
	public IntakeEvent returnEvent(long id, String reason, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.DISPATCHED));
		if (reason.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.return-reason-missing");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int returns = event.returnCount() + 1;
		events.insertReturn(id, event.assignedOrgId(), reason.strip(), now, caller.accountId());
		events.update(id, "state = 'RETURNED', return_count = :n, updated_at = :now", Map.of("n", returns, "now", now));
		publisher.publishEvent(new EventRecorded(id, "returned", caller.accountId(), now,
				Map.of("reason", reason.strip(), "body", queries.orgName(event.assignedOrgId()), "returns", returns)));
		if (returns >= properties.returnsBeforeEscalation()) {
			events.update(id, "escalated = true", Map.of());
			disputes.open(events.find(id).orElseThrow(), Dispute.Reason.REFUSED, reason.strip(), caller.accountId(), now);
		}
		else {
			List<Dispute.Claim> claims = disputes.pendingClaims(id);
			if (!claims.isEmpty()) {
				disputes.open(events.find(id).orElseThrow(), Dispute.Reason.CLAIMED,
						claimants(queries.orgName(event.assignedOrgId()) + "：" + reason.strip(), claims), caller.accountId(),
						now);
			}
		}
		return events.find(id).orElseThrow();
	}

	/**
	 * 认领: a unit the event is not assigned to says it is responsible, with its reason. A second unit claiming it, or a
	 * claim on an event its unit has returned, opens a dispute to the county coordinator listing the claimants (the
	 * issue's "two units claim or refuse it"); a claim on an event in dispute joins that dispute. A claim alone on an
	 * event its unit holds is recorded for the dispatcher.
	 */
	@Transactional
	public IntakeEvent claim(long id, String reason, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockInScope(id, caller.jurisdiction());
		requireState(event, EnumSet.of(EventState.CLASSIFIED, EventState.DISPATCHED, EventState.RETURNED,
				EventState.DISPUTED));
		if (reason.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.claim-reason-missing");
		}
		if (event.assignedOrgId() != null && event.assignedOrgId() == caller.organizationId()) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.claim-own", event.trackingNumber());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Dispute.Claim> waiting = disputes.claim(event, caller.organizationId(), reason.strip(), caller.accountId(),
				now);
		publisher.publishEvent(new EventRecorded(id, "claimed", caller.accountId(), now,
				Map.of("body", String.valueOf(queries.orgName(caller.organizationId())), "reason", reason.strip())));
		if (waiting.size() >= 2 || !waiting.isEmpty() && event.state() == EventState.RETURNED) {
			String assigned = event.state() == EventState.RETURNED ? queries.orgName(event.assignedOrgId()) + "：退单" : null;
			disputes.open(event, Dispute.Reason.CLAIMED, claimants(assigned, waiting), caller.accountId(), now);
		}
		return events.find(id).orElseThrow();
	}

	/** The dispute's detail: who returned it (if anyone) and every claimant with its reason. */
	private static String claimants(@Nullable String returned, List<Dispute.Claim> claims) {
		List<String> parts = new ArrayList<>();
		if (returned != null) {
			parts.add(returned);
		}
		claims.forEach(c -> parts.add(c.unit() + "认领：" + c.reason()));
		String detail = String.join("；", parts);
		return detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
	}

	/**
	 * 到场: the unit that accepted the event reports it was on the spot — when (now unless given; not before dispatch,
	 * not in the future) and, optionally, where (WGS-84 inside the territory's box, as a report's coordinates). Once.
	 */
	@Transactional
	public IntakeEvent arrive(long id, @Nullable OffsetDateTime at, @Nullable BigDecimal latitude,
			@Nullable BigDecimal longitude, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.ACCEPTED));
		if (event.arrivedAt() != null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.already-arrived", event.trackingNumber(),
					ChinaTime.local(event.arrivedAt()).toLocalDateTime().toString());
		}
		guards.checkCoordinates(latitude, longitude);
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime arrived = at == null ? now : at;
		if (arrived.isAfter(now) || event.dispatchedAt() != null && arrived.isBefore(event.dispatchedAt())) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.arrival-time-invalid",
					ChinaTime.local(arrived).toLocalDateTime().toString());
		}
		Map<String, Object> values = new HashMap<>(Map.of("at", arrived, "now", now));
		values.put("lat", latitude);
		values.put("lon", longitude);
		events.update(id, """
				arrived_at = :at, arrived_latitude = :lat, arrived_longitude = :lon, updated_at = :now""", values);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("at", ChinaTime.local(arrived).toString());
		facts.put("onTime", event.arriveDueAt() == null || !arrived.isAfter(event.arriveDueAt()));
		if (latitude != null) {
			facts.put("latitude", latitude.toPlainString());
			facts.put("longitude", longitude.toPlainString());
		}
		publisher.publishEvent(new EventRecorded(id, "arrived", caller.accountId(), now, facts));
		return events.find(id).orElseThrow();
	}

	/**
	 * 答复: the unit's answer to the reporter, which closes the event ({@link EventClosed}); the reporter may rate it or
	 * say it is not fixed.
	 */
	@Transactional
	public IntakeEvent reply(long id, String reply, ScopedPrincipal caller) {
		return reply(id, reply, null, caller);
	}

	/**
	 * 答复 with, for a complaint or a report, whether the unit found it substantiated (查实) or not (不属实) — or
	 * nothing said (docs/adr/0019-subject-register.md, "Events and complaints about a subject"; 422 for another type of
	 * request). A substantiated one about a subject of the register is published as {@link ComplaintUpheld} in the same
	 * transaction, for the subject's credit record.
	 */
	@Transactional
	public IntakeEvent reply(long id, String reply, @Nullable Boolean substantiated, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.ACCEPTED));
		if (reply.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.reply-missing");
		}
		if (substantiated != null && !COMPLAINTS.contains(event.requestType())) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.substantiated-not-a-complaint",
					event.trackingNumber(), event.requestType().name());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Object> values = new HashMap<>(Map.of("reply", reply.strip(), "now", now));
		values.put("substantiated", substantiated);
		events.update(id, """
				state = 'REPLIED', reply = :reply, replied_at = :now, substantiated = :substantiated,
				updated_at = :now""", values);
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("reply", reply.strip());
		facts.put("onTime", event.replyDueOn() == null || !ChinaTime.local(now).toLocalDate().isAfter(event.replyDueOn()));
		if (substantiated != null) {
			facts.put("substantiated", substantiated);
		}
		publisher.publishEvent(new EventRecorded(id, "replied", caller.accountId(), now, facts));
		publisher.publishEvent(new EventClosed(id, event.division(), now));
		if (Boolean.TRUE.equals(substantiated) && event.subjectId() != null) {
			publisher.publishEvent(new ComplaintUpheld(id, event.subjectId(), event.trackingNumber(),
					ChinaTime.local(now).toLocalDate(), now));
		}
		return events.find(id).orElseThrow();
	}

	/** 催办: the dispatcher urges the unit; counted. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent urge(long id, String note, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockInScope(id, caller.jurisdiction());
		requireState(event, EnumSet.of(EventState.DISPATCHED, EventState.ACCEPTED));
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.update(id, "urge_count = urge_count + 1, updated_at = :now", Map.of("now", now));
		publisher.publishEvent(new EventRecorded(id, "urged", caller.accountId(), now,
				Map.of("note", note.strip(), "body", queries.orgName(event.assignedOrgId()))));
		return events.find(id).orElseThrow();
	}
}
