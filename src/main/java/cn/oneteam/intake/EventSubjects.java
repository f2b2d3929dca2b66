package cn.oneteam.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.shared.RuleViolation;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 关联监管对象: the subject of the register an event is about (docs/adr/0019-subject-register.md, "Events and complaints
 * about a subject") — named by staff at intake ({@link EventIntake#receive(NewEvent, EventChannel, java.util.List,
 * Long, ScopedPrincipal)}), later set, changed or cleared by the dispatcher (within the jurisdiction) or by the unit
 * handling the event. The subject must be one the caller finds in the register ({@link Subjects#byId}: in the caller's
 * jurisdiction, 404 otherwise) and is checked before anything is written. Every change is in the event's
 * full-process record ({@code subject-linked}, {@code subject-unlinked}).
 */
@Service
public class EventSubjects {

	private final EventRepository events;

	private final Subjects subjects;

	private final EventQueries queries;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventSubjects(EventRepository events, Subjects subjects, EventQueries queries, ApplicationEventPublisher publisher,
			Clock clock) {
		this.events = events;
		this.subjects = subjects;
		this.queries = queries;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Names (or, with none, clears) the subject the event is about. The dispatcher ({@code event:dispatch}) may for an
	 * event in the jurisdiction, the unit it was dispatched to for its own; 404 for an event the caller cannot see, 403
	 * for one they see but neither dispatch nor handle, 409 once a reply found the complaint substantiated (the finding
	 * counts on that subject's credit record). Naming the subject it already has changes nothing.
	 */
	@Transactional
	public IntakeEvent link(long id, @Nullable Long subjectId, ScopedPrincipal caller) {
		IntakeEvent event = events.lock(id)
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id));
		if (!mayLink(event, caller)) {
			if (!caller.jurisdiction().covers(event.division())) {
				throw new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.event-unknown", id);
			}
			throw new IntakeViolation(IntakeViolation.FORBIDDEN, "intake.not-your-unit", event.trackingNumber());
		}
		@Nullable SubjectView subject = subjectId == null ? null : subjects.byId(subjectId, caller);
		if (subjectId == null ? event.subjectId() == null : subjectId.equals(event.subjectId())) {
			return event;
		}
		if (Boolean.TRUE.equals(event.substantiated())) {
			// the finding already counts on the subject's credit record: moving it would leave the fact on the wrong
			// subject (docs/adr/0019-subject-register.md)
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.subject-fixed-by-finding", event.trackingNumber());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		record(id, event.subjectId(), subject, caller.accountId(), now);
		return events.find(id).orElseThrow();
	}

	/**
	 * The subject the event is about, when the viewer finds it in the register (in their jurisdiction, reading the
	 * register); empty otherwise. Not transactional itself: the register's refusal ends the register's own transaction,
	 * and must not mark a surrounding one for rollback.
	 */
	public Optional<SubjectView> subjectOf(IntakeEvent event, ScopedPrincipal viewer) {
		if (event.subjectId() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(subjects.byId(event.subjectId(), viewer));
		}
		catch (RuleViolation | AccessDeniedException notForTheViewer) {
			return Optional.empty();
		}
	}

	/** Whether the caller may name the event's subject: its dispatcher in the jurisdiction, or its handling unit. */
	public boolean mayLink(IntakeEvent event, ScopedPrincipal caller) {
		return caller.jurisdiction().covers(event.division()) && hasAuthority("event:dispatch")
				|| queries.handles(event, caller);
	}

	/** The subject named at intake, checked before the event is received (404 outside the caller's jurisdiction). */
	SubjectView check(long subjectId, ScopedPrincipal caller) {
		return subjects.byId(subjectId, caller);
	}

	/** Writes the link and its record entry. */
	void record(long id, @Nullable Long previous, @Nullable SubjectView subject, long actor, OffsetDateTime now) {
		Map<String, Object> values = new HashMap<>();
		values.put("subject", subject == null ? null : subject.id());
		values.put("now", now);
		events.update(id, "subject_id = :subject, updated_at = :now", values);
		Map<String, Object> facts = new LinkedHashMap<>();
		if (subject != null) {
			facts.put("subject", subject.id());
			facts.put("name", subject.name());
		}
		if (previous != null) {
			facts.put("previous", previous);
		}
		publisher.publishEvent(new EventRecorded(id, subject == null ? "subject-unlinked" : "subject-linked", actor,
				now, facts));
	}

	private static boolean hasAuthority(String authority) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}
}
