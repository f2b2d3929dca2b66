package cn.oneteam.casehandling.measures;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.MeasureInputs;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.general.DecisionSteps;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.OfficerCheck;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseMeasures.Transfer;
import cn.oneteam.casehandling.MeasureInputs.TransferAnswer;
import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.casehandling.MeasureInputs.TransferSent;
import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 案件移送 (处罚法 §27, §57(4); 市监 §17; 国务院令第310号): a suspected crime to the public security organ, or a case
 * to the administrative body it belongs to. The head decides within 3 days of the report, a judicial transfer goes out
 * within 24 hours of approval, the organ answers within 3 days, and a judicial refusal may be put to reconsideration
 * within 3 days; a case refused comes back for the body to deal with itself.
 */
@Component
class TransferSteps implements ProcedureSteps {

	/** 提请复议 within 3 days of the notice not to file, 国务院令第310号 §9 (docs/legal/procedure.md#crime-transfer). */
	static final int RECONSIDERATION_REQUEST_DAYS = 3;

	private final OfficerCheck officers;

	private final Clocks clocks;

	private final Measures measures;

	private final DecisionSteps decisions;

	private final Organizations organizations;

	TransferSteps(OfficerCheck officers, Clocks clocks, Measures measures, DecisionSteps decisions,
			Organizations organizations) {
		this.organizations = organizations;
		this.officers = officers;
		this.clocks = clocks;
		this.measures = measures;
		this.decisions = decisions;
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.of(CaseAction.TRANSFER, Step.of(MeasureInputs.Transfer.class, this::transfer),
				CaseAction.SEND_TRANSFER, Step.of(TransferSent.class, this::send), CaseAction.RECORD_TRANSFER_ANSWER,
				Step.of(TransferAnswer.class, this::answer));
	}

	/**
	 * 移送 performed on the head's approval (国务院令第310号 §5; 市监 §17): a judicial transfer needs a team of two or
	 * more certified officers. An approval later than 3 days after the report is recorded as late, not refused — the
	 * deadline binds the head, and refusing would only delay the transfer more. The clue's verification or the review
	 * under way is answered by it; the 24 hours to send a judicial transfer start.
	 */
	private void transfer(CaseFile c, MeasureInputs.Transfer t, ActionContext ctx) {
		ctx.requireNotFuture(t.reportedOn());
		ctx.refuseIf(c.discoveredOn != null && t.reportedOn().isBefore(c.discoveredOn),
				"case.transfer-report-before-discovery");
		if (t.receiverOrganization() != null) { // its staff read the case once sent (docs/adr/0009-who-may-do-what.md)
			ctx.refuseIf(t.kind() != TransferKind.BODY, "case.transfer-receiver-organization-not-body");
			organizations.require(new OrganizationId(t.receiverOrganization()), ctx.caller.jurisdiction());
		}
		List<CaseOfficer> team = t.kind() == TransferKind.JUDICIARY
				? officers.check(c, t.officers() == null ? List.of() : t.officers(), t.reportedOn(), ctx) : List.of();
		ctx.stopIfRefused("case.transfer-refused");
		CaseClock approval = approval(c, t, ctx);
		boolean late = ctx.today.isAfter(approval.dueOn());
		clocks.open(c.id, ClockKind.CLUE_VERIFICATION).ifPresent(k -> clocks.end(k, State.MET, ctx.today));
		clocks.open(c.id, ClockKind.REVIEW).ifPresent(k -> clocks.end(k, State.CANCELLED, ctx.today));
		long id = measures.transfer(c.id, t, c.stage, team.stream().map(CaseOfficer::certificateNumber).toList(), ctx.now,
				late);
		ctx.record(c.transfer(t, id, approval.dueOn(), late, ctx.today, ctx.now));
		if (t.kind() == TransferKind.JUDICIARY) {
			// 国务院令第310号 §5: sent to the public security organ within 24 hours of approval
			clocks.start(c.id, ClockKind.TRANSFER_SEND, ctx.today, ctx.now);
		}
		if (t.receiverOrganization() != null) {
			ctx.record(new TransferEvent.ReceiverOrganizationNamed(t.receiverOrganization()));
		}
	}

	/** The head's approval today against the 3 days from the report (国务院令第310号 §5), kept as a met or lapsed period. */
	private CaseClock approval(CaseFile c, MeasureInputs.Transfer t, ActionContext ctx) {
		CaseClock approval = clocks.start(c.id, ClockKind.TRANSFER_APPROVAL, t.reportedOn(), ctx.now);
		clocks.end(approval, ctx.today.isAfter(approval.dueOn()) ? State.LAPSED : State.MET, ctx.today);
		return approval;
	}

	/**
	 * 移送 sent (国务院令第310号 §5, §6) after the approval; a judicial transfer's 3 days of review by the organ start
	 * (§8). Fines the party already paid are recorded to be offset against a criminal fine (§11).
	 */
	private void send(CaseFile c, TransferSent s, ActionContext ctx) {
		LocalDate sentOn = ChinaTime.local(s.sentAt()).toLocalDate();
		ctx.requireNotFuture(sentOn);
		Transfer t = measures.openTransfer(c.id).orElseThrow();
		ctx.refuseIf(t.sentAt() != null, "case.transfer-already-sent");
		ctx.refuseIf(t.approvedAt() != null && s.sentAt().isBefore(t.approvedAt()), "case.transfer-sent-before-approval");
		ctx.stopIfRefused("case.transfer-send-refused");
		clocks.open(c.id, ClockKind.TRANSFER_SEND).ifPresent(k -> clocks.end(k,
				k.dueAt() != null && s.sentAt().isAfter(k.dueAt()) ? State.LAPSED : State.MET, sentOn));
		measures.sent(t.id(), s.sentAt(), s.finePaid());
		if (t.kind() == TransferKind.JUDICIARY) {
			clocks.start(c.id, ClockKind.TRANSFER_ANSWER, sentOn, s.sentAt());
		}
		ctx.record(new TransferEvent.Sent(t.id(), ChinaTime.local(s.sentAt()).toString(), s.finePaid()));
	}

	/**
	 * 答复 (国务院令第310号 §8–§10; 市监 §17): accepted, the case ends here; refused, it comes back to the body, and a
	 * judicial refusal may be put to the organ for reconsideration.
	 */
	private void answer(CaseFile c, TransferAnswer a, ActionContext ctx) {
		ctx.requireNotFuture(a.answeredOn());
		Transfer t = measures.openTransfer(c.id).orElseThrow();
		ctx.refuseIf(t.sentAt() == null, "case.transfer-not-sent");
		ctx.refuseIf(t.sentAt() != null && a.answeredOn().isBefore(t.sentAt().toLocalDate()), "case.date-before-start");
		// 国务院令第310号 §9: a judicial refusal may be put to reconsideration within 3 days of its notice; the last day is
		// kept provisional while it reaches a year whose schedule is not loaded, and counted again then (issue 11 §8)
		Deadline reconsiderationDue = !a.accepted() && t.kind() == TransferKind.JUDICIARY
				? measures.reconsiderationDue(a.answeredOn()) : null;
		if (a.reconsiderationOn() != null) {
			checkReconsideration(t, a, a.reconsiderationOn(), reconsiderationDue, ctx);
		}
		ctx.stopIfRefused("case.transfer-answer-refused");
		clocks.open(c.id, ClockKind.TRANSFER_ANSWER).ifPresent(k -> clocks.end(k,
				a.answeredOn().isAfter(k.dueOn()) ? State.LAPSED : State.MET, a.answeredOn()));
		measures.answered(t.id(), a, reconsiderationDue);
		if (a.accepted()) {
			endHere(c, t, a.answeredOn(), ctx);
		}
		else {
			handBack(c, t, a.answeredOn(), ctx);
		}
		ctx.record(new TransferEvent.Answered(t.id(), a.answeredOn(), a.accepted(), a.note(), a.reconsiderationOn()));
		if (reconsiderationDue != null) {
			ctx.record(new TransferEvent.ReconsiderationDue(reconsiderationDue.date(), reconsiderationDue.provisional()));
		}
	}

	/**
	 * 提请复议 (国务院令第310号 §9): only of a public security refusal, within 3 days of its notice; a request after a
	 * provisional last day is not refused, the day being counted again when its year is loaded.
	 */
	private void checkReconsideration(Transfer t, TransferAnswer a, LocalDate requestedOn, @Nullable Deadline due,
			ActionContext ctx) {
		ctx.requireNotFuture(requestedOn);
		ctx.refuseIf(due == null, "case.transfer-reconsideration-not-open");
		ctx.refuseIf(requestedOn.isBefore(a.answeredOn()), "case.date-before-start");
		ctx.refuseIf(due != null && !due.provisional() && requestedOn.isAfter(due.date()),
				"case.transfer-reconsideration-late");
	}

	/** Accepted: the periods and measures end, the items going with the case (强制法 §21); to closing (市监 §77). */
	private void endHere(CaseFile c, Transfer t, LocalDate on, ActionContext ctx) {
		measures.endAllInForce(c.id, on, "TRANSFERRED", t.receiver());
		measures.endOpenPauses(c.id, on, "TRANSFERRED");
		clocks.endAll(c.id, State.MET, on);
		decisions.closing(c, CaseAction.RECORD_TRANSFER_ANSWER, on, ctx);
	}

	/**
	 * Refused: the body deals with the case itself (国务院令第310号 §10) — back in investigation, or, transferred as a
	 * clue, verified again within the period counted from the materials' return (市监 §18).
	 */
	private void handBack(CaseFile c, Transfer t, LocalDate on, ActionContext ctx) {
		c.handBack(t.fromStage());
		if (t.fromStage() == CaseStage.CLUE) {
			clocks.start(c.id, ClockKind.CLUE_VERIFICATION, on, ctx.now);
		}
	}
}
