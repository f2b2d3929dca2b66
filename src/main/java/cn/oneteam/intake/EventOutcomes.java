package cn.oneteam.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 事件的后续: what became of an event after intake — filed, decided, transferred, closed as a case; its whistle closed —
 * noted by the listeners {@link CaseOutcomes} and {@link WhistleOutcomes} once per step, so that a publication
 * delivered again (the outbox delivers at least once, docs/adr/0014-typed-events.md) changes nothing.
 */
@Component
class EventOutcomes {

	/** Where an outcome comes from. */
	enum Source {
		CASE, WHISTLE
	}

	/** One step, as the event page and the public follow-up show it. */
	record Outcome(Source source, long sourceId, String step, @Nullable String detail, LocalDate happenedOn) {

		/** The message naming the step: {@code intake.outcome.CASE.DECIDED.PENALTY}, {@code intake.outcome.CASE.FILED}. */
		public String messageKey() {
			return "intake.outcome." + source.name() + "." + step + (detail == null ? "" : "." + detail);
		}
	}

	private final JdbcClient jdbc;

	private final EventRepository events;

	EventOutcomes(JdbcClient jdbc, EventRepository events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Notes a step of the event, in the caller's transaction; false when it was noted before (or the event is gone),
	 * so that the caller records it in the event's full-process record only once.
	 */
	boolean note(long eventId, Source source, long sourceId, String step, @Nullable String detail, LocalDate on,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into intake_event_outcome (event_id, source, source_id, step, detail, happened_on, noted_at)
				select :event, :source, :sourceId, :step, :detail, :on, :at
				where exists (select 1 from intake_event where id = :event)
				on conflict do nothing""")
			.param("event", eventId)
			.param("source", source.name())
			.param("sourceId", sourceId)
			.param("step", step)
			.param("detail", detail)
			.param("on", on)
			.param("at", at)
			.update() == 1;
	}

	/** Every step noted for the event, in the order they happened. */
	@Transactional(readOnly = true)
	public List<Outcome> of(long eventId) {
		return jdbc.sql("""
				select * from intake_event_outcome where event_id = ? order by happened_on, noted_at""")
			.param(eventId)
			.query((rs, n) -> new Outcome(Source.valueOf(rs.getString("source")), rs.getLong("source_id"),
					rs.getString("step"), rs.getString("detail"), rs.getObject("happened_on", LocalDate.class)))
			.list();
	}

	/**
	 * What the reporter sees on the public follow-up: how the case made of the event went (of the event theirs was
	 * merged into, if it was) — the steps and their dates, nothing of the party or the penalty.
	 */
	@Transactional(readOnly = true)
	public List<Outcome> followUp(String trackingNumber) {
		if (!TrackingNumber.valid(trackingNumber)) {
			return List.of();
		}
		return events.byTracking(trackingNumber)
			.map(own -> own.mergedInto() == null ? own.id() : own.mergedInto())
			.map(id -> of(id).stream().filter(o -> o.source() == Source.CASE).toList())
			.orElse(List.of());
	}
}
