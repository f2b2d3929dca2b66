package cn.oneteam.credit;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.events.CaseDecided;
import cn.oneteam.casehandling.events.FinePaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The case module's decisions and payments as credit facts, through the outbox (docs/adr/0014-typed-events.md): a
 * penalty decided on a subject of the register becomes a fact and regrades the subject; a fine paid in full marks the
 * case's facts performed. A case whose party is free text (no subject id) is none of credit's business
 * (docs/adr/0022-credit-and-risk.md).
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
}
