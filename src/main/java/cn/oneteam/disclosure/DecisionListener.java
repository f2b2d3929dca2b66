package cn.oneteam.disclosure;

import cn.oneteam.calendar.CalendarYearLoaded;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.DecisionRevoked;
import cn.oneteam.casehandling.events.DecisionServed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case module's decisions and services as publications, through the outbox (docs/adr/0014-typed-events.md): a
 * decided case is registered — pending with its due day, or kept back with the reason — and a served one is published
 * by the next scan, a revoked one kept back or withdrawn (docs/adr/0043-published-decisions.md). Both are idempotent, so a replayed event changes nothing.
 */
@Component
class DecisionListener {

	private final DecisionPublications publications;

	DecisionListener(DecisionPublications publications) {
		this.publications = publications;
	}

	@ApplicationModuleListener
	void on(CaseDecided decided) {
		publications.register(decided.caseId());
	}

	@ApplicationModuleListener
	void on(DecisionServed served) {
		publications.served(served.caseId(), served.servedOn());
	}

	/** A year's schedule loaded: the provisional due days are counted again, in the loading transaction. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CalendarYearLoaded loaded) {
		publications.recountProvisional();
	}

	/** A revoked decision: kept back where pending, withdrawn by the system where published. */
	@ApplicationModuleListener
	void on(DecisionRevoked revoked) {
		publications.revoked(revoked.caseId(), revoked.revokedOn(), revoked.reason());
	}
}
