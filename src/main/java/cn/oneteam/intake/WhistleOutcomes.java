package cn.oneteam.intake;

import java.time.OffsetDateTime;
import java.util.Map;

import cn.oneteam.intake.EventOutcomes.Source;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.whistle.WhistleClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 吹哨办结反馈: when a whistle raised for an event is closed (every summoned department reported and the township
 * confirmed), the event notes it once and records it in its full-process record, so that whoever handles the event
 * sees that the departments are done. Intake listens to the whistle module and not the other way round: intake
 * already uses the whistle module (it implements {@code WhistleEvents}), and a listener in the whistle module for an
 * intake event would make the two depend on each other (docs/adr/0014-typed-events.md).
 */
@Component
class WhistleOutcomes {

	private final EventOutcomes outcomes;

	private final ApplicationEventPublisher publisher;

	WhistleOutcomes(EventOutcomes outcomes, ApplicationEventPublisher publisher) {
		this.outcomes = outcomes;
		this.publisher = publisher;
	}

	@ApplicationModuleListener
	void on(WhistleClosed closed) {
		Long eventId = closed.eventId();
		OffsetDateTime at = closed.occurredAt();
		if (eventId != null && outcomes.note(eventId, Source.WHISTLE, closed.whistleId(), "CLOSED", null,
				ChinaTime.local(at).toLocalDate(), at)) {
			publisher.publishEvent(new EventRecorded(eventId, "whistle-closed", 0L, at,
					Map.of("whistle", closed.whistleId())));
		}
	}
}
