package cn.oneteam.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.oneteam.casehandling.events.CaseClosed;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseFiled;
import cn.oneteam.casehandling.events.CaseTransferred;
import cn.oneteam.intake.EventOutcomes.Source;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 案源反馈: an event registered as the clue of a case (转为案源, the event keeps the case id) learns what became of
 * that case — filed, decided (and how), transferred, closed — from the case module's typed events, through the outbox
 * (docs/adr/0014-typed-events.md): each listener runs after the case's commit in its own transaction, notes the step
 * once ({@link EventOutcomes}) and records it in the event's full-process record; the staff event page and the
 * reporter's public follow-up show it. A case that came from no event is none of intake's business.
 */
@Component
class CaseOutcomes {

	/** Who recorded it: the system, from the case's own record (the actor is in the case's record). */
	private static final long SYSTEM = 0L;

	private final JdbcClient jdbc;

	private final EventOutcomes outcomes;

	private final ApplicationEventPublisher publisher;

	CaseOutcomes(JdbcClient jdbc, EventOutcomes outcomes, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.outcomes = outcomes;
		this.publisher = publisher;
	}

	@ApplicationModuleListener
	void on(CaseFiled filed) {
		note(filed.caseId(), "FILED", null, filed.filedOn(), filed.occurredAt(), Map.of());
	}

	@ApplicationModuleListener
	void on(CaseDecided decided) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("outcome", decided.outcome().name());
		if (decided.decisionNumber() != null) {
			facts.put("decisionNumber", decided.decisionNumber());
		}
		note(decided.caseId(), "DECIDED", decided.outcome().name(), decided.decidedOn(), decided.occurredAt(), facts);
	}

	@ApplicationModuleListener
	void on(CaseTransferred transferred) {
		note(transferred.caseId(), "TRANSFERRED", transferred.kind().name(), transferred.on(),
				transferred.occurredAt(), Map.of("kind", transferred.kind().name(), "receiver", transferred.receiver()));
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		note(closed.caseId(), "CLOSED", null, closed.closedOn(), closed.occurredAt(), Map.of());
	}

	private void note(long caseId, String step, @Nullable String detail, LocalDate on, OffsetDateTime at,
			Map<String, Object> facts) {
		Long eventId = jdbc.sql("select id from intake_event where case_id = ?").param(caseId).query(Long.class)
			.optional()
			.orElse(null);
		if (eventId == null || !outcomes.note(eventId, Source.CASE, caseId, step, detail, on, at)) {
			return; // not from an event, or noted before: a publication delivered again records nothing twice
		}
		Map<String, Object> recorded = new LinkedHashMap<>();
		recorded.put("case", caseId);
		recorded.put("on", on.toString());
		recorded.putAll(facts);
		publisher.publishEvent(new EventRecorded(eventId, "case-" + step.toLowerCase(), SYSTEM, at, recorded));
	}
}
