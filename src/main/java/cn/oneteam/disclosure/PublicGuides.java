package cn.oneteam.disclosure;

import cn.oneteam.casehandling.CasePeriodLengths;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.supervision.ComplaintSettings;
import org.springframework.stereotype.Service;

/**
 * The periods the portal's guides show (docs/adr/0041-public-lists-before-enforcement.md, Procedure flowcharts and
 * How to complain): a case's statutory periods as this deployment sets them ({@code oneteam.case.periods.*},
 * docs/legal/time.md#periods) and a complaint's ({@code oneteam.supervision.complaint.*}, docs/legal/supervision.md)
 * — read from their modules' configuration, never typed again here. The period within which a penalty decision is
 * published is the one the publisher keeps ({@code oneteam.disclosure.decisions.publish-within-working-days},
 * docs/adr/0043-published-decisions.md), not the case clock's.
 */
@Service
public class PublicGuides {

	private final CasePeriodLengths cases;

	private final ComplaintSettings complaints;

	private final DecisionSettings decisions;

	PublicGuides(CasePeriodLengths cases, ComplaintSettings complaints, DecisionSettings decisions) {
		this.cases = cases;
		this.complaints = complaints;
		this.decisions = decisions;
	}

	/**
	 * The periods of the three procedures: in working days (clue verification, evidence preservation, review, notice
	 * response, hearing request, service, the decision's publication as the publisher keeps it, on-the-spot archiving, closing), days (decision, payment,
	 * reconsideration, seizure) or months (litigation); each extension 0 when there is none.
	 */
	public record ProcedurePeriods(int clueVerification, int clueVerificationExtension, int evidencePreservation,
			int review, int noticeResponse, int hearingRequest, int decision, int decisionExtension, int service,
			int publicity, int payment, int closing, int simpleArchive, int seizure, int seizureExtension,
			int reconsideration, int litigation) {
	}

	/** A complaint's periods: accept within working days, conclude within days, once extended; the remedies. */
	public record ComplaintGuide(int acceptWorkingDays, int concludeDays, int extensionDays, int reconsiderationDays,
			int litigationMonths) {
	}

	public ProcedurePeriods procedures() {
		return new ProcedurePeriods(cases.length(ClockKind.CLUE_VERIFICATION),
				cases.extension(ClockKind.CLUE_VERIFICATION), cases.length(ClockKind.EVIDENCE_PRESERVATION),
				cases.length(ClockKind.REVIEW), cases.length(ClockKind.NOTICE_RESPONSE),
				cases.length(ClockKind.HEARING_REQUEST), cases.length(ClockKind.DECISION),
				cases.extension(ClockKind.DECISION), cases.length(ClockKind.SERVICE),
				decisions.publishWithinWorkingDays(), cases.length(ClockKind.PAYMENT), cases.length(ClockKind.CLOSING),
				cases.length(ClockKind.SIMPLE_ARCHIVE), cases.length(ClockKind.SEIZURE),
				cases.extension(ClockKind.SEIZURE), cases.length(ClockKind.RECONSIDERATION),
				cases.length(ClockKind.LITIGATION));
	}

	public ComplaintGuide complaints() {
		return new ComplaintGuide(complaints.acceptWorkingDays(), complaints.concludeDays(),
				complaints.extensionDays(), cases.length(ClockKind.RECONSIDERATION), cases.length(ClockKind.LITIGATION));
	}
}
