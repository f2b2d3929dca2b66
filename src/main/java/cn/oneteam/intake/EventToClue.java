package cn.oneteam.intake;

import static cn.oneteam.intake.EventGuards.requireState;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseInputs;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 转为案源: the hand-over from intake to case handling — the unit that has an event registers it as the clue of a
 * case, with the event's photos as evidence when officers adopt them.
 */
@Service
public class EventToClue {

	private final EventRepository events;

	private final EventGuards guards;

	private final EventQueries queries;

	private final CaseProcedure cases;

	private final EventEvidence evidence;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventToClue(EventRepository events, EventGuards guards, EventQueries queries, CaseProcedure cases,
			EventEvidence evidence, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.guards = guards;
		this.queries = queries;
		this.cases = cases;
		this.evidence = evidence;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * 转为案源: the unit that has the event registers it as a clue of a case in its body (the case procedure checks the
	 * caller's rights); the event keeps the case id. Its photos go with it as evidence when two officers adopt them
	 * (none given: the photos stay with the event).
	 */
	@Transactional
	public IntakeEvent toClue(long id, PartyKind partyKind, String partyName, List<Long> officers,
			ScopedPrincipal caller) {
		IntakeEvent event = guards.lockAssigned(id, caller);
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
				: evidence.adopt(event, event.address() != null ? event.address() : queries.placeName(event.division()),
						clue.id(), officers, caller);
		publisher.publishEvent(new EventRecorded(id, "clue-registered", caller.accountId(), now,
				Map.of("case", clue.id(), "photosAsEvidence", adopted)));
		return events.find(id).orElseThrow();
	}
}
