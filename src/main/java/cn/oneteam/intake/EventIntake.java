package cn.oneteam.intake;

import static cn.oneteam.intake.EventGuards.requireState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.catalog.CatalogViolation;
import cn.oneteam.catalog.Responsibility;
import cn.oneteam.organization.Team;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理: receives an event from any channel (a repeated hotline order is acknowledged with its first receipt),
 * routes it to the body the catalogue names (分类), and merges a duplicate into another event (并单). Every change is
 * in the event's full-process record; a receipt is published as {@link EventReceived}, a merge (which closes the
 * duplicate) as {@link EventClosed} (docs/adr/0014-typed-events.md).
 */
@Service
public class EventIntake {

	private final EventRepository events;

	private final Routing routing;

	private final Disputes disputes;

	private final DispatchTeams teams;

	private final WorkingDayCalendar calendar;

	private final IntakeProperties properties;

	private final EventGuards guards;

	private final EventQueries queries;

	private final EventSubjects subjects;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventIntake(EventRepository events, Routing routing, Disputes disputes, DispatchTeams teams,
			WorkingDayCalendar calendar, IntakeProperties properties, EventGuards guards, EventQueries queries,
			EventSubjects subjects, ApplicationEventPublisher publisher, Clock clock) {
		this.subjects = subjects;
		this.events = events;
		this.routing = routing;
		this.disputes = disputes;
		this.teams = teams;
		this.calendar = calendar;
		this.properties = properties;
		this.guards = guards;
		this.queries = queries;
		this.publisher = publisher;
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
			events.lockExternalId(channel, externalId);
			Optional<IntakeEvent> seen = events.byExternalId(channel, externalId);
			if (seen.isPresent()) {
				return receipt(seen.get(), true);
			}
		}
		DivisionCode place = guards.place(report.division(), staffScope);
		guards.checkCoordinates(report.latitude(), report.longitude());
		String matter = report.matter() == null || report.matter().isBlank() ? null : report.matter().strip();
		String classification = null;
		if (matter != null) {
			if (!routing.knows(matter)) {
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
		publisher.publishEvent(new EventReceived(id, channel, place, matter, now));
		if (matter != null) {
			route(events.lock(id).orElseThrow(), matter, actorAccountId, now);
		}
		return receipt(events.find(id).orElseThrow(), false);
	}

	/**
	 * Receives a report from staff (the dispatcher, a grid worker) in their jurisdiction, about the subject of the
	 * register named, if any ({@link EventSubjects}): the subject is checked first (404 outside the caller's
	 * jurisdiction, nothing received) and the link is in the event's record.
	 */
	@Transactional
	public Receipt receive(NewEvent report, EventChannel channel, List<Photo> photos, @Nullable Long subjectId,
			ScopedPrincipal caller) {
		cn.oneteam.subject.@Nullable SubjectView subject = subjectId == null ? null : subjects.check(subjectId, caller);
		Receipt receipt = receive(report, channel, null, photos, caller.accountId(), caller.jurisdiction());
		if (subject != null) {
			long id = events.byTracking(receipt.trackingNumber()).orElseThrow().id();
			subjects.record(id, null, subject, caller.accountId(), OffsetDateTime.now(clock));
		}
		return receipt;
	}

	/** The dispatcher names (or corrects) the matter: the event is routed again. */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent classify(long id, String matterCode, ScopedPrincipal caller) {
		IntakeEvent event = guards.lockInScope(id, caller.jurisdiction());
		requireState(event, EventState.ROUTABLE);
		if (!routing.knows(matterCode)) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.matter-unknown", matterCode);
		}
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

	/**
	 * 并单: the duplicate follows the target; its reporter's tracking number shows the target's progress. The
	 * duplicate is closed ({@link EventClosed}).
	 */
	@Transactional
	@PreAuthorize("hasAuthority('event:dispatch')")
	public IntakeEvent merge(long duplicateId, long targetId, ScopedPrincipal caller) {
		if (duplicateId == targetId) {
			throw new IntakeViolation(IntakeViolation.UNPROCESSABLE, "intake.merge-self", duplicateId);
		}
		IntakeEvent first = guards.lockInScope(Math.min(duplicateId, targetId), caller.jurisdiction());
		IntakeEvent second = guards.lockInScope(Math.max(duplicateId, targetId), caller.jurisdiction());
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
		publisher.publishEvent(new EventClosed(duplicateId, duplicate.division(), now));
		return events.find(duplicateId).orElseThrow();
	}

	private Receipt receipt(IntakeEvent e, boolean repeated) {
		return new Receipt(e.trackingNumber(), e.externalId(), ChinaTime.local(e.receivedAt()), e.state(),
				queries.orgName(e.assignedOrgId()), repeated);
	}
}
