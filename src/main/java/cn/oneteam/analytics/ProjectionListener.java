package cn.oneteam.analytics;

import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.CaseProgressed;
import cn.oneteam.inspection.InspectionVisitChanged;
import cn.oneteam.intake.EventProgressed;
import cn.oneteam.whistle.WhistleProgressed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' projections current (docs/adr/0050-dashboards-and-projections.md): each event names an item
 * that changed, and the item's fact is refreshed from its record, after the publisher's commit, through the outbox
 * (docs/adr/0014-typed-events.md). It hears the steps: {@code CaseProgressed}, {@code EventProgressed} and
 * {@code WhistleProgressed}, published next to each record entry and carrying only the item's id, the step and when.
 * Every milestone (a case filed, decided, served, paid, transferred, revoked or closed; an event received, dispatched
 * or closed; a whistle closed) is published in the transaction of such an entry of the same item, so it is not heard
 * again (the tests {@code *MilestonesBesideStepsTests}) — save a decision on the spot, which comes with no step.
 */
@Component
class ProjectionListener {

	private final Projections projections;

	ProjectionListener(Projections projections) {
		this.projections = projections;
	}

	/**
	 * A decision on the spot is recorded as {@code OnTheSpotPenaltyDecided}, which no {@code CaseProgressed} announces:
	 * it is heard as decided (docs/adr/0050-dashboards-and-projections.md, "Kept current"). A decision of the general
	 * procedure came with its step, already heard.
	 */
	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.procedure() == PenaltyCase.Procedure.SIMPLE) {
			projections.refresh(Projections.Kind.CASE, decided.caseId());
		}
	}

	@ApplicationModuleListener
	void on(CaseProgressed progressed) {
		projections.refresh(Projections.Kind.CASE, progressed.caseId());
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
	void on(InspectionVisitChanged changed) {
		projections.refresh(Projections.Kind.VISIT, changed.visitId());
	}
}
