package cn.oneteam.credit;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.FinePaid;
import cn.oneteam.intake.ComplaintUpheld;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The case module's decisions and payments as credit facts, through the outbox (docs/adr/0014-typed-events.md): a
 * penalty decided on a subject of the register becomes a fact and regrades the subject; a fine paid in full marks the
 * case's facts performed. A case whose party is free text (no subject id) is none of credit's business
 * (docs/adr/0022-credit-and-risk.md). A complaint or report about a subject replied to as substantiated (intake's
 * {@link ComplaintUpheld}) is a {@link FactKind#COMPLAINT_UPHELD} fact, once per event
 * (docs/adr/0019-subject-register.md, "Events and complaints about a subject").
 */
@Component
class CreditListener {

	private final Credit credit;

	CreditListener(Credit credit) {
		this.credit = credit;
	}

	@ApplicationModuleListener
	void on(CaseDecided decided) {
		if (decided.subjectId() == null || decided.outcome() != CaseOutcome.PENALTY) {
			return;
		}
		credit.penaltyDecided(decided.subjectId(), decided.caseId(), decided.procedure(), decided.kinds(),
				decided.fine(), decided.matterCode(), decided.decisionNumber(), decided.decidedOn(),
				decided.occurredAt());
	}

	@ApplicationModuleListener
	void on(FinePaid paid) {
		if (paid.settled()) {
			credit.finePaid(paid.caseId(), paid.paidOn(), paid.occurredAt());
		}
	}

	@ApplicationModuleListener
	void on(ComplaintUpheld upheld) {
		credit.observed(upheld.subjectId(), FactKind.COMPLAINT_UPHELD, "event:" + upheld.eventId(), upheld.on(),
				upheld.trackingNumber(), upheld.occurredAt());
	}
}
