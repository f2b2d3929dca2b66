package cn.oneteam.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseInputs;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.CatalogViolation;
import cn.oneteam.catalog.Responsibility;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.Team;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理与派遣: receives an event from any channel (a repeated hotline order is acknowledged with its first receipt),
 * routes it to the body the catalogue names, dispatches it, and carries it through accept or return, reply, the
 * reporter's rating or "not fixed" (reopened to the same unit, counted). Every change is in the event's
 * full-process record. Other modules look events up here ({@link #find}, {@link #require}).
 */
@Service
public class Events {

	static final Set<EventState> QUEUE = EnumSet.of(EventState.RECEIVED, EventState.CLASSIFIED, EventState.DISPUTED,
			EventState.RETURNED, EventState.DISPATCHED);

	private final EventRepository events;

	private final Routing routing;

	private final Disputes disputes;

	private final Catalog catalog;

	private final Regions regions;

	private final Organizations organizations;

	private final WorkingDayCalendar calendar;

	private final CaseProcedure cases;

	private final ApplicationEventPublisher publisher;

	private final JdbcClient jdbc;

	private final IntakeProperties properties;

	private final DispatchTeams teams;

	private final Clock clock;

	private final EventEvidence evidence;

	Events(EventRepository events, Routing routing, Disputes disputes, Catalog catalog, Regions regions,
			Organizations organizations, WorkingDayCalendar calendar, CaseProcedure cases,
			ApplicationEventPublisher publisher, JdbcClient jdbc, IntakeProperties properties, DispatchTeams teams,
			Clock clock, EventEvidence evidence) {
		this.evidence = evidence;
		this.events = events;
		this.teams = teams;
		this.routing = routing;
		this.disputes = disputes;
		this.catalog = catalog;
		this.regions = regions;
		this.organizations = organizations;
		this.calendar = calendar;
		this.cases = cases;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Receives a report. The place must be a township or village of the receiving territory (and of the caller's
	 * jurisdiction for staff channels), coordinates inside the territory's box, the matter known; the matter is
	 * suggested from the text when none is named, and the event routed at once when there is one. A hotline order
	 * seen before is acknowledged with its first receipt and nothing is made.
	 */
	@Transactional
	public Receipt receive(NewEvent report, EventChannel channel, @Nullable String externalId, List<Photo> photos,
			long actorAccountId, @Nullable JurisdictionScope staffScope) {
		if (externalId != null) {
			jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(channel + "/" + externalId).query(Object.class)
				.single();
			Optional<IntakeEvent> seen = events.byExternalId(channel, externalId);
			if (seen.isPresent()) {
				return receipt(seen.get(), true);
			}
		}
		DivisionCode place = place(report.division(), staffScope);
		checkCoordinates(report.latitude(), report.longitude());
		String matter = report.matter() == null || report.matter().isBlank() ? null : report.matter().strip();
		String classification = null;
		if (matter != null) {
			if (catalog.find(matter).isEmpty()) {
				throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.matter-unknown", matter);
			}
		}
		else {
			Optional<Routing.Suggestion> suggestion = routing.suggest(report.description());
			matter = suggestion.map(Routing.Suggestion::matterCode).orElse(null);
			classification = suggestion.map(Routing.Suggestion::explanation).orElse(null);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = ChinaTime.local(now).toLocalDate();
		String tracking;
		do {
			tracking = TrackingNumber.next(today);
		}
		while (events.trackingTaken(tracking));
		long id = events.insert(tracking, channel, externalId, report, place, matter, classification, actorAccountId,
				now, calendar.workingDaysAfter(today, properties.dispatchWorkingDays()));
		Deadline replyDue = calendar.workingDaysAfter(today,
				properties.sla().get(report.priorityOrNormal()).replyWorkingDays());
		events.update(id, "reply_due_on = :due, reply_due_provisional = :provisional, reply_counted_from = :from",
				Map.of("due", replyDue.date(), "provisional", replyDue.provisional(), "from", today));
		photos.forEach(p -> events.insertPhoto(id, p.contentType(), p.content()));
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("trackingNumber", tracking);
		facts.put("channel", channel.name());
		facts.put("requestType", report.requestType().name());
		facts.put("place", place.value());
		facts.put("photos", photos.size());
		if (externalId != null) {
			facts.put("externalId", externalId);
		}
		if (classification != null) {
			facts.put("suggested", classification);
		}
		publisher.publishEvent(new EventRecorded(id, "received", actorAccountId, now, facts));
		if (matter != null) {
			route(events.lock(id).orElseThrow(), matter, actorAccountId, now);
		}
		return receipt(events.find(id).orElseThrow(), false);
	}

	/** The dispatcher names (or corrects) the matter: the event is routed again. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent classify(long id, String matterCode, ScopedPrincipal caller) {
		IntakeEvent event = lockInScope(id, caller.jurisdiction());
		requireState(event, EventState.ROUTABLE);
		catalog.find(matterCode)
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.matter-unknown", matterCode));
		route(event, matterCode, caller.accountId(), OffsetDateTime.now(clock));
		return events.find(id).orElseThrow();
	}

	/**
	 * Asks the catalogue who enforces the matter in the place on the day the event was received: one body → the
	 * event is classified to it with the explanation, and to the body's stationed group in the township when it has
	 * one there; nobody or several → a dispute goes to the county.
	 */
	private void route(IntakeEvent event, String matterCode, long actor, OffsetDateTime now) {
		LocalDate day = ChinaTime.local(event.receivedAt()).toLocalDate();
		try {
			Responsibility r = routing.responsible(matterCode, event.division(), day);
			Optional<Team> team = teams.stationedIn(r.enforcingBodyId(), event.township());
			Map<String, Object> values = new HashMap<>(Map.of("matter", matterCode, "org", r.enforcingBodyId(), "zh",
					r.explanationZh(), "en", r.explanationEn(), "now", now));
			values.put("team", team.map(Team::id).orElse(null));
			events.update(event.id(), """
					state = 'CLASSIFIED', matter_code = :matter, assigned_org_id = :org, team_id = :team,
					routing_zh = :zh, routing_en = :en, updated_at = :now""", values);
			publisher.publishEvent(new EventRecorded(event.id(), "classified", actor, now, Map.of("matter", matterCode,
					"body", r.enforcingBody(), "team", team.map(Team::name).orElse(""), "documentName",
					r.documentName(), "mode", r.mode().name(), "instrument",
					r.instrument() == null ? "" : r.instrument().number(), "day", day.toString())));
		}
		catch (CatalogViolation violation) {
			Dispute.Reason reason = switch (violation.code()) {
				case "catalog.nobody-responsible" -> Dispute.Reason.NOBODY_RESPONSIBLE;
				case "catalog.several-responsible" -> Dispute.Reason.SEVERAL_RESPONSIBLE;
				default -> throw violation;
			};
			events.update(event.id(), "matter_code = :matter, routing_zh = null, routing_en = null",
					Map.of("matter", matterCode));
			disputes.open(event, reason, violation.code() + " " + String.join(" ", violation.arguments()), actor, now);
		}
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
		IntakeEvent event = lockInScope(id, caller.jurisdiction());
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
				orgName(event.assignedOrgId()), "team", team.map(Team::name).orElse(""), "acceptDue",
				ChinaTime.local(acceptDue).toString(), "arriveDue", ChinaTime.local(arriveDue).toString())));
		return events.find(id).orElseThrow();
	}

	/** 签收: the receiving unit takes the event. */
	@Transactional
	public IntakeEvent accept(long id, ScopedPrincipal caller) {
		IntakeEvent event = lockAssigned(id, caller);
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
		IntakeEvent event = lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.DISPATCHED));
		if (reason.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.return-reason-missing");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		int returns = event.returnCount() + 1;
		events.insertReturn(id, event.assignedOrgId(), reason.strip(), now, caller.accountId());
		events.update(id, "state = 'RETURNED', return_count = :n, updated_at = :now", Map.of("n", returns, "now", now));
		publisher.publishEvent(new EventRecorded(id, "returned", caller.accountId(), now,
				Map.of("reason", reason.strip(), "body", orgName(event.assignedOrgId()), "returns", returns)));
		if (returns >= properties.returnsBeforeEscalation()) {
			events.update(id, "escalated = true", Map.of());
			disputes.open(events.find(id).orElseThrow(), Dispute.Reason.REFUSED, reason.strip(), caller.accountId(), now);
		}
		else {
			List<Dispute.Claim> claims = disputes.pendingClaims(id);
			if (!claims.isEmpty()) {
				disputes.open(events.find(id).orElseThrow(), Dispute.Reason.CLAIMED,
						claimants(orgName(event.assignedOrgId()) + "：" + reason.strip(), claims), caller.accountId(), now);
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
		IntakeEvent event = lockInScope(id, caller.jurisdiction());
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
				Map.of("body", String.valueOf(orgName(caller.organizationId())), "reason", reason.strip())));
		if (waiting.size() >= 2 || !waiting.isEmpty() && event.state() == EventState.RETURNED) {
			String assigned = event.state() == EventState.RETURNED ? orgName(event.assignedOrgId()) + "：退单" : null;
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
		IntakeEvent event = lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.ACCEPTED));
		if (event.arrivedAt() != null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.already-arrived", event.trackingNumber(),
					ChinaTime.local(event.arrivedAt()).toLocalDateTime().toString());
		}
		checkCoordinates(latitude, longitude);
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

	/** 答复: the unit's answer to the reporter; the reporter may rate it or say it is not fixed. */
	@Transactional
	public IntakeEvent reply(long id, String reply, ScopedPrincipal caller) {
		IntakeEvent event = lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.ACCEPTED));
		if (reply.isBlank()) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.reply-missing");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.update(id, "state = 'REPLIED', reply = :reply, replied_at = :now, updated_at = :now",
				Map.of("reply", reply.strip(), "now", now));
		publisher.publishEvent(new EventRecorded(id, "replied", caller.accountId(), now, Map.of("reply", reply.strip(),
				"onTime", event.replyDueOn() == null || !ChinaTime.local(now).toLocalDate().isAfter(event.replyDueOn()))));
		return events.find(id).orElseThrow();
	}

	/** 催办: the dispatcher urges the unit; counted. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent urge(long id, String note, ScopedPrincipal caller) {
		IntakeEvent event = lockInScope(id, caller.jurisdiction());
		requireState(event, EnumSet.of(EventState.DISPATCHED, EventState.ACCEPTED));
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.update(id, "urge_count = urge_count + 1, updated_at = :now", Map.of("now", now));
		publisher.publishEvent(new EventRecorded(id, "urged", caller.accountId(), now,
				Map.of("note", note.strip(), "body", orgName(event.assignedOrgId()))));
		return events.find(id).orElseThrow();
	}

	/** 满意度: the reporter rates the reply once. */
	@Transactional
	public PublicEvent rate(String trackingNumber, Satisfaction satisfaction) {
		IntakeEvent event = lockFollowed(trackingNumber);
		if (event.satisfaction() != null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.already-rated", trackingNumber);
		}
		requireState(event, EnumSet.of(EventState.REPLIED));
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.update(event.id(), "state = 'RATED', satisfaction = :s, rated_at = :now, updated_at = :now",
				Map.of("s", satisfaction.name(), "now", now));
		publisher.publishEvent(new EventRecorded(event.id(), "rated", 0, now,
				Map.of("satisfaction", satisfaction.name())));
		return track(trackingNumber);
	}

	/** "未解决": the reporter says the reply did not fix it; the same unit has it again, counted. */
	@Transactional
	public PublicEvent notFixed(String trackingNumber, String comment) {
		IntakeEvent event = lockFollowed(trackingNumber);
		requireState(event, EnumSet.of(EventState.REPLIED));
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = ChinaTime.local(now).toLocalDate();
		Deadline replyDue = calendar.workingDaysAfter(today, properties.sla().get(event.priority()).replyWorkingDays());
		LocalDate due = replyDue.date();
		events.update(event.id(), """
				state = 'ACCEPTED', reopen_count = reopen_count + 1, reply = null, replied_at = null, reply_due_on = :due,
				reply_due_provisional = :provisional, reply_counted_from = :from, updated_at = :now""",
				Map.of("due", due, "provisional", replyDue.provisional(), "from", today, "now", now));
		publisher.publishEvent(new EventRecorded(event.id(), "reopened", 0, now,
				Map.of("comment", comment.strip(), "reopens", event.reopenCount() + 1, "replyDueOn", due.toString())));
		return track(trackingNumber);
	}

	/** 并单: the duplicate follows the target; its reporter's tracking number shows the target's progress. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent merge(long duplicateId, long targetId, ScopedPrincipal caller) {
		if (duplicateId == targetId) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.merge-self", duplicateId);
		}
		IntakeEvent first = lockInScope(Math.min(duplicateId, targetId), caller.jurisdiction());
		IntakeEvent second = lockInScope(Math.max(duplicateId, targetId), caller.jurisdiction());
		IntakeEvent duplicate = first.id() == duplicateId ? first : second;
		IntakeEvent target = first.id() == targetId ? first : second;
		requireState(duplicate, EnumSet.of(EventState.RECEIVED, EventState.CLASSIFIED, EventState.DISPUTED,
				EventState.RETURNED));
		if (target.state() == EventState.MERGED) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.merge-into-merged", target.trackingNumber());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.update(duplicateId, "state = 'MERGED', merged_into = :target, updated_at = :now",
				Map.of("target", targetId, "now", now));
		publisher.publishEvent(new EventRecorded(duplicateId, "merged", caller.accountId(), now,
				Map.of("into", target.trackingNumber())));
		publisher.publishEvent(new EventRecorded(targetId, "merged-in", caller.accountId(), now,
				Map.of("from", duplicate.trackingNumber())));
		return events.find(duplicateId).orElseThrow();
	}

	/**
	 * Suggested duplicates: open events of the same matter received within the window, within the radius when both
	 * have coordinates, otherwise in the same village or grid.
	 */
	@Transactional(readOnly = true)
	public List<IntakeEvent> duplicates(long id, JurisdictionScope scope) {
		IntakeEvent event = require(id, scope);
		if (event.matterCode() == null) {
			return List.of();
		}
		return events.sameMatterSince(id, event.matterCode(), event.township(),
				event.receivedAt().minus(properties.duplicateWindow()))
			.stream()
			.filter(other -> !other.receivedAt().isAfter(event.receivedAt().plus(properties.duplicateWindow())))
			.filter(other -> samePlace(event, other))
			.toList();
	}

	private boolean samePlace(IntakeEvent a, IntakeEvent b) {
		if (a.latitude() != null && b.latitude() != null) {
			return metres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= properties.duplicateRadiusMeters();
		}
		if (a.grid() != null && a.grid().equals(b.grid())) {
			return true;
		}
		return a.division().equals(b.division());
	}

	/** Great-circle distance (haversine) in metres. */
	static double metres(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
		double p1 = Math.toRadians(lat1.doubleValue());
		double p2 = Math.toRadians(lat2.doubleValue());
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
		double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
	}

	/**
	 * 转为案源: the unit that has the event registers it as a clue of a case in its body (the case procedure checks the
	 * caller's rights); the event keeps the case id. Its photos go with it as evidence when two officers adopt them
	 * (none given: the photos stay with the event).
	 */
	@Transactional
	public IntakeEvent toClue(long id, PartyKind partyKind, String partyName, List<Long> officers,
			ScopedPrincipal caller) {
		IntakeEvent event = lockAssigned(id, caller);
		requireState(event, EnumSet.of(EventState.ACCEPTED, EventState.REPLIED, EventState.RATED));
		if (event.caseId() != null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.already-clue", event.trackingNumber(),
					event.caseId());
		}
		if (event.matterCode() == null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.not-routed", event.trackingNumber());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		CaseDetail clue = cases.registerClue(new CaseInputs.NewClue(event.matterCode(), event.division().value(),
				partyKind, partyName.strip(), "【" + event.trackingNumber() + "】" + event.description(),
				event.channel().clueSource(), ChinaTime.local(event.receivedAt()).toLocalDate(), null), caller);
		events.update(id, "case_id = :case, updated_at = :now", Map.of("case", clue.id(), "now", now));
		int adopted = officers.isEmpty() ? 0
				: evidence.adopt(event, event.address() != null ? event.address() : placeName(event.division()),
						clue.id(), officers, caller);
		publisher.publishEvent(new EventRecorded(id, "clue-registered", caller.accountId(), now,
				Map.of("case", clue.id(), "photosAsEvidence", adopted)));
		return events.find(id).orElseThrow();
	}

	/** An event by id, for other modules (a whistle names it): no jurisdiction check — check before showing. */
	@Transactional(readOnly = true)
	public Optional<IntakeEvent> find(long id) {
		return events.find(id);
	}

	/** The event linked to a case, if one became its clue. */
	@Transactional(readOnly = true)
	public Optional<IntakeEvent> ofCase(long caseId) {
		return jdbc.sql("select id from intake_event where case_id = ?").param(caseId).query(Long.class).optional()
			.flatMap(events::find);
	}

	/** An event in the scope; 404 outside it (an event outside one's jurisdiction does not exist for them). */
	@Transactional(readOnly = true)
	public IntakeEvent require(long id, JurisdictionScope scope) {
		return events.find(id).filter(e -> scope.covers(e.division()))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id));
	}

	@Transactional(readOnly = true)
	public List<IntakeEvent> queue(JurisdictionScope scope, Set<EventState> states) {
		return events.inScope(scope, states, 200);
	}

	@Transactional(readOnly = true)
	public List<IntakeEvent> overdue(JurisdictionScope scope) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return events.overdue(scope, now, ChinaTime.local(now).toLocalDate());
	}

	/** Open events escalated to the county coordinator in the scope: clocks overdue past their margin, repeated returns. */
	@Transactional(readOnly = true)
	public List<IntakeEvent> escalated(JurisdictionScope scope) {
		return events.escalated(scope);
	}

	/**
	 * The receiving unit's inbox: events dispatched to it, accepted by it, and reopened — and those of the caller's
	 * team (a squad or stationed group), wherever the member's account belongs.
	 */
	@Transactional(readOnly = true)
	public List<IntakeEvent> inbox(ScopedPrincipal caller) {
		return events.assignedTo(caller.organizationId(), teams.teamOf(caller.accountId()),
				EnumSet.of(EventState.DISPATCHED, EventState.ACCEPTED));
	}

	/** True when the caller works for the unit the event is assigned to, or is a member of its team. */
	public boolean handles(IntakeEvent event, ScopedPrincipal caller) {
		if (event.assignedOrgId() == null) {
			return false;
		}
		return event.assignedOrgId() == caller.organizationId()
				|| event.teamId() != null && event.teamId().equals(teams.teamOf(caller.accountId()));
	}

	/** The name of the event's team, if it has one. */
	public @Nullable String teamName(IntakeEvent event) {
		return teams.find(event.assignedOrgId(), event.teamId()).map(Team::name).orElse(null);
	}

	/** True when the event's team is its township's stationed group (the routing's default). */
	public boolean teamStationedHere(IntakeEvent event) {
		return teams.find(event.assignedOrgId(), event.teamId()).filter(t -> DispatchTeams.stationedHere(t, event))
			.isPresent();
	}

	/** The teams of the body the event is routed to, for the dispatcher to choose from. */
	@Transactional(readOnly = true)
	public List<Team> teamsFor(IntakeEvent event) {
		return event.assignedOrgId() == null ? List.of() : teams.of(event.assignedOrgId());
	}

	@Transactional(readOnly = true)
	public List<Map<String, Object>> returns(long id, JurisdictionScope scope) {
		require(id, scope);
		return events.returns(id);
	}

	@Transactional(readOnly = true)
	public List<Long> photos(long id, JurisdictionScope scope) {
		require(id, scope);
		return events.photos(id);
	}

	@Transactional(readOnly = true)
	public Photo photo(long photoId, JurisdictionScope scope) {
		EventRepository.StoredPhoto photo = events.photo(photoId)
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.photo-unknown", photoId));
		require(photo.eventId(), scope);
		return new Photo(photo.contentType(), photo.content());
	}

	/**
	 * What anyone with the tracking number sees; a merged event shows the progress of the event it was merged into.
	 * A malformed number is refused before the database is asked.
	 */
	@Transactional(readOnly = true)
	public PublicEvent track(String trackingNumber) {
		IntakeEvent own = followed(trackingNumber);
		IntakeEvent shown = own.mergedInto() == null ? own : events.find(own.mergedInto()).orElseThrow();
		return new PublicEvent(own.trackingNumber(), own.mergedInto() == null ? null : shown.trackingNumber(),
				shown.state(), own.requestType(), shown.matterCode(),
				shown.matterCode() == null ? null : routing.matterName(shown.matterCode()).orElse(null),
				own.description(), placeName(own.division()), own.address(), orgName(shown.assignedOrgId()),
				own.receivedAt(), shown.updatedAt(), shown.state().open() ? shown.replyDueOn() : null, shown.reply(),
				shown.repliedAt(), shown.satisfaction(), shown.reopenCount());
	}

	/**
	 * Events received through a public channel (the portal, Open311) in the territory, newest first (Open311 GET
	 * requests): a report to the hotline, a dispatcher or a grid worker is nobody else's to browse.
	 */
	@Transactional(readOnly = true)
	public List<IntakeEvent> publicList(@Nullable OffsetDateTime from, @Nullable OffsetDateTime to, int limit) {
		return jdbc.sql("""
				select * from intake_event where received_at >= :from and received_at < :to and channel in (:public)
				order by received_at desc, id desc limit :limit""")
			.param("public", Arrays.stream(EventChannel.values()).filter(EventChannel::isPublic).map(Enum::name).toList())
			.param("from", from == null ? OffsetDateTime.now(clock).minusDays(90) : from)
			.param("to", to == null ? OffsetDateTime.now(clock).plusSeconds(1) : to)
			.param("limit", limit)
			.query(EventRepository::map)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<IntakeEvent> byTracking(String trackingNumber) {
		return TrackingNumber.valid(trackingNumber) ? events.byTracking(trackingNumber) : Optional.empty();
	}

	/** The name of a division, with its parents from the county down (德令哈市 河西街道). */
	public String placeName(DivisionCode code) {
		List<Division> path = regions.path(code);
		return String.join(" ", path.stream().filter(d -> d.level().ordinal() >= DivisionLevel.COUNTY.ordinal())
			.map(Division::name).toList());
	}

	public @Nullable String orgName(@Nullable Long orgId) {
		return orgId == null ? null : organizations.find(new OrganizationId(orgId)).map(o -> o.name()).orElse(null);
	}

	private Receipt receipt(IntakeEvent e, boolean repeated) {
		return new Receipt(e.trackingNumber(), e.externalId(), ChinaTime.local(e.receivedAt()), e.state(),
				orgName(e.assignedOrgId()), repeated);
	}

	private DivisionCode place(String code, @Nullable JurisdictionScope staffScope) {
		DivisionCode place;
		try {
			place = DivisionCode.of(code.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.place-unknown", code);
		}
		if (place.level().ordinal() < DivisionLevel.TOWNSHIP.ordinal() || regions.find(place).isEmpty()) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.place-unknown", code);
		}
		if (!place.isWithin(DivisionCode.of(properties.territory()))) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.place-outside", code,
					regions.find(DivisionCode.of(properties.territory())).map(Division::name).orElse(properties.territory()));
		}
		if (staffScope != null && !staffScope.covers(place)) {
			throw new IntakeViolation(IntakeViolation.FORBIDDEN, "intake.place-outside-jurisdiction", code);
		}
		return place;
	}

	private void checkCoordinates(@Nullable BigDecimal lat, @Nullable BigDecimal lon) {
		if ((lat == null) != (lon == null)) {
			throw new IntakeViolation(IntakeViolation.BAD_REQUEST, "intake.coordinates-incomplete");
		}
		if (lat != null && !properties.bounds().contains(lat.doubleValue(), lon.doubleValue())) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.coordinates-outside", lat, lon);
		}
	}

	private IntakeEvent lockInScope(long id, JurisdictionScope scope) {
		return events.lock(id).filter(e -> scope.covers(e.division()))
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id));
	}

	/** The event, locked, when the caller works for the unit it was dispatched to or is a member of its team. */
	private IntakeEvent lockAssigned(long id, ScopedPrincipal caller) {
		IntakeEvent event = events.lock(id)
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id));
		if (!handles(event, caller)) {
			throw new IntakeViolation(IntakeViolation.FORBIDDEN, "intake.not-your-unit", event.trackingNumber());
		}
		return event;
	}

	private IntakeEvent followed(String trackingNumber) {
		return byTracking(trackingNumber.strip())
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.tracking-unknown", trackingNumber));
	}

	/** The event a reporter acts on: their own, or the one theirs was merged into. */
	private IntakeEvent lockFollowed(String trackingNumber) {
		IntakeEvent own = followed(trackingNumber);
		return events.lock(own.mergedInto() == null ? own.id() : own.mergedInto()).orElseThrow();
	}

	private static void requireState(IntakeEvent event, Set<EventState> allowed) {
		if (!allowed.contains(event.state())) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.wrong-state", event.trackingNumber(),
					event.state().name());
		}
	}
}
