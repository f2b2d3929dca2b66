package cn.oneteam.intake;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces each record entry of an event to other modules as a small typed event, in the same transaction as the
 * entry (docs/adr/0014-typed-events.md): {@link EventProgressed} carries the event, the step and when, not the facts.
 */
@Component
class EventProgress {

	private final ApplicationEventPublisher publisher;

	EventProgress(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@EventListener
	void on(EventRecorded recorded) {
		publisher.publishEvent(new EventProgressed(recorded.eventId(), recorded.action(), recorded.occurredAt()));
	}
}
