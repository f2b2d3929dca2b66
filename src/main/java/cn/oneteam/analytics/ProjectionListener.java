package cn.oneteam.analytics;

import cn.oneteam.casehandling.events.CaseChanged;
import cn.oneteam.casehandling.events.CaseProgressed;
import cn.oneteam.inspection.InspectionVisitChanged;
import cn.oneteam.intake.EventClosed;
import cn.oneteam.intake.EventDispatched;
import cn.oneteam.intake.EventProgressed;
import cn.oneteam.intake.EventReceived;
import cn.oneteam.whistle.WhistleClosed;
import cn.oneteam.whistle.WhistleProgressed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' projections current (docs/adr/0050-dashboards-and-projections.md): each event names an item
 * that changed, and the item's fact is refreshed from its record, after the publisher's commit, through the outbox
 * (docs/adr/0014-typed-events.md). The typed events carry the milestones; the steps they do not cover (a case moving
 * to review or notice, an event's arrival, rating or reopening) come as {@code CaseProgressed} and
 * {@code EventProgressed}, published next to each record entry and carrying only the item's id, the step and when.
 */
@Component
class ProjectionListener {

	private final Projections projections;

	ProjectionListener(Projections projections) {
		this.projections = projections;
	}

	@ApplicationModuleListener
	void on(CaseChanged changed) {
		projections.refresh(Projections.Kind.CASE, changed.caseId());
	}

	@ApplicationModuleListener
	void on(CaseProgressed progressed) {
		projections.refresh(Projections.Kind.CASE, progressed.caseId());
	}

	@ApplicationModuleListener
	void on(EventReceived received) {
		projections.refresh(Projections.Kind.EVENT, received.eventId());
	}

	@ApplicationModuleListener
	void on(EventDispatched dispatched) {
		projections.refresh(Projections.Kind.EVENT, dispatched.eventId());
	}

	@ApplicationModuleListener
	void on(EventClosed closed) {
		projections.refresh(Projections.Kind.EVENT, closed.eventId());
	}

	@ApplicationModuleListener
	void on(EventProgressed progressed) {
		projections.refresh(Projections.Kind.EVENT, progressed.eventId());
	}

	@ApplicationModuleListener
	void on(WhistleProgressed progressed) {
		projections.refresh(Projections.Kind.WHISTLE, progressed.whistleId());
	}

	@ApplicationModuleListener
	void on(WhistleClosed closed) {
		projections.refresh(Projections.Kind.WHISTLE, closed.whistleId());
	}

	@ApplicationModuleListener
	void on(InspectionVisitChanged changed) {
		projections.refresh(Projections.Kind.VISIT, changed.visitId());
	}
}
