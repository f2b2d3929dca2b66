package cn.oneteam.casehandling;

import cn.oneteam.casehandling.events.CaseProgressed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces each record entry of a case to other modules as a small typed event, in the same transaction as the entry
 * (docs/adr/0014-typed-events.md): the entry itself carries the full facts for the record and stays inside the
 * application; {@link CaseProgressed} carries the case, the step and when.
 */
@Component
class CaseProgress {

	private final ApplicationEventPublisher events;

	CaseProgress(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(CaseActionRecorded recorded) {
		events.publishEvent(new CaseProgressed(recorded.caseId(), recorded.action(), recorded.occurredAt()));
	}
}
