package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.util.List;
import java.util.Map;

import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseInputs.CollectiveDiscussion;
import cn.oneteam.casehandling.CaseInputs.HearingRecord;
import cn.oneteam.casehandling.CaseInputs.HearingRequest;
import cn.oneteam.casehandling.CaseInputs.HearingSchedule;
import cn.oneteam.casehandling.CaseInputs.Notice;
import cn.oneteam.casehandling.CaseInputs.Statement;
import cn.oneteam.casehandling.CaseInputs.Waiver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 告知、陈述申辩、听证、集体讨论 (处罚法 §44, §45, §57, §62–§65): the notice of the proposed penalty and the rights,
 * the party's answers, the hearing, and the heads' collective discussion.
 */
@Component
public class NoticeSteps implements ProcedureSteps {

	private final Clocks clocks;

	private final WorkingDayCalendar calendar;

	private final HearingThresholds thresholds;

	private final boolean individualBusinessAsCitizen;

	NoticeSteps(Clocks clocks, WorkingDayCalendar calendar, HearingThresholds thresholds,
			@Value("${oneteam.case.individual-business-as-citizen:true}") boolean individualBusinessAsCitizen) {
		this.clocks = clocks;
		this.calendar = calendar;
		this.thresholds = thresholds;
		this.individualBusinessAsCitizen = individualBusinessAsCitizen;
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.of(CaseAction.SERVE_NOTICE, Step.of(Notice.class, this::serveNotice), CaseAction.RECORD_STATEMENT,
				Step.of(Statement.class, this::statement), CaseAction.RECORD_WAIVER, Step.of(Waiver.class, this::waive),
				CaseAction.REQUEST_HEARING, Step.of(HearingRequest.class, this::requestHearing),
				CaseAction.SCHEDULE_HEARING, Step.of(HearingSchedule.class, this::scheduleHearing),
				CaseAction.RECORD_HEARING, Step.of(HearingRecord.class, this::recordHearing),
				CaseAction.RECORD_COLLECTIVE_DISCUSSION, Step.of(CollectiveDiscussion.class, this::discuss));
	}

	/**
	 * 事先告知 (处罚法 §44): the approved proposal is what is notified; in hearing scope the hearing right must be
	 * notified too (§63). The response period (市监 §57) and, with a hearing right, the request period (§64) start.
	 */
	private void serveNotice(CaseFile c, Notice n, ActionContext ctx) {
		ctx.requireNotFuture(n.servedOn());
		boolean inScope = HearingScope.applies(c.proposedKinds, c.proposedFine, c.confiscatedValue(), c.partyKind,
				individualBusinessAsCitizen, thresholds.forCase(c));
		// ADR 0015: a new notice for a proposal beyond the last one
		boolean renewed = NoticeCoversDecision.newNoticeNeeded(c.noticeServedOn != null, c.notifiedKinds,
				c.notifiedFine, c.hearingNotified, c.proposedKinds, c.proposedFine, inScope);
		ctx.refuseIf(c.noticeServedOn != null && !renewed, "case.notice-already-served");
		HearingScope.reasonAgainstNotice(inScope, n.hearingRightNotified()).ifPresent(r -> ctx.refuseIf(true, r));
		ctx.stopIfRefused("case.notice-refused");
		if (renewed) { // the old notice's periods end; the new notice opens its own (ADR 0015)
			for (ClockKind period : List.of(ClockKind.NOTICE_RESPONSE, ClockKind.HEARING_REQUEST)) {
				clocks.open(c.id, period).ifPresent(k -> clocks.end(k, State.CANCELLED, n.servedOn()));
			}
		}
		ctx.record(c.serveNotice(n, inScope, renewed));
		clocks.start(c.id, ClockKind.NOTICE_RESPONSE, n.servedOn(), ctx.now);
		if (n.hearingRightNotified()) {
			clocks.start(c.id, ClockKind.HEARING_REQUEST, n.servedOn(), ctx.now);
		}
	}

	/** 陈述申辩 (处罚法 §45): listened to and re-examined; from now on no heavier penalty than notified. */
	private void statement(CaseFile c, Statement s, ActionContext ctx) {
		ctx.requireNotFuture(s.on());
		ctx.refuseIf(c.noticeServedOn == null, "case.notice-not-served");
		ctx.stopIfRefused("case.statement-refused");
		ctx.record(c.recordStatement(s));
	}

	/** 明确放弃 (处罚法 §62): the decision need not wait for the periods to run out. */
	private void waive(CaseFile c, Waiver w, ActionContext ctx) {
		ctx.requireNotFuture(w.on());
		ctx.refuseIf(c.noticeServedOn == null, "case.notice-not-served");
		ctx.stopIfRefused("case.waiver-refused");
		ctx.record(c.waiveRights(w));
		clocks.open(c.id, ClockKind.NOTICE_RESPONSE).ifPresent(k -> clocks.end(k, State.MET, w.on()));
		clocks.open(c.id, ClockKind.HEARING_REQUEST).ifPresent(k -> clocks.end(k, State.MET, w.on()));
	}

	/** 听证申请 within 5 working days of the notice (处罚法 §64(1)); the decision period stands still (市监 §64). */
	private void requestHearing(CaseFile c, HearingRequest h, ActionContext ctx) {
		ctx.requireNotFuture(h.on());
		// judged by the request's date, even when the period has since been closed by the scan (a paper request)
		CaseClock period = clocks.of(c.id).stream().filter(k -> k.kind() == ClockKind.HEARING_REQUEST)
			.reduce((a, b) -> b).orElse(null);
		ctx.refuseIf(!c.hearingNotified || period == null, "case.hearing-not-offered");
		ctx.refuseIf(period != null && h.on().isAfter(period.dueOn()), "case.hearing-request-late");
		ctx.stopIfRefused("case.hearing-request-refused");
		clocks.metAfterAll(period, h.on());
		clocks.open(c.id, ClockKind.NOTICE_RESPONSE).ifPresent(k -> clocks.end(k, State.MET, h.on()));
		clocks.open(c.id, ClockKind.DECISION).ifPresent(k -> clocks.pause(k, h.on()));
		ctx.record(c.requestHearing(h.on()));
	}

	/** 听证通知 at least 7 working days before (处罚法 §64(2)); the presiding officer did not investigate (§64(4)). */
	private void scheduleHearing(CaseFile c, HearingSchedule h, ActionContext ctx) {
		ctx.requireNotFuture(h.notifiedOn());
		ctx.requireWithinAYear(h.hearingOn());
		ctx.refuseIf(h.hearingOn().isBefore(calendar.workingDaysAfter(h.notifiedOn(), HearingSchedule.NOTICE_LEAD_WORKING_DAYS).date()),
				"case.hearing-notice-too-short");
		ctx.refuseIf(c.handlerPersonIds().contains(h.presidingOfficer()), "case.presiding-officer-investigated");
		ctx.stopIfRefused("case.hearing-schedule-refused");
		ctx.record(c.scheduleHearing(h));
	}

	/**
	 * 听证笔录 (处罚法 §64, §65): held, or the party absent without reason — the right is then deemed waived. The
	 * decision period runs again, moved by the days it stood still; a heard case touching major rights goes to legal
	 * review (§58(2)), after the hearing (市监 §50).
	 */
	private void recordHearing(CaseFile c, HearingRecord h, ActionContext ctx) {
		ctx.requireNotFuture(h.on());
		ctx.refuseIf(c.hearingOn == null, "case.hearing-not-scheduled");
		ctx.refuseIf(c.hearingOn != null && h.on().isBefore(c.hearingOn), "case.hearing-before-date");
		ctx.stopIfRefused("case.hearing-record-refused");
		ctx.record(c.recordHearing(h));
		clocks.open(c.id, ClockKind.DECISION).ifPresent(k -> clocks.resume(k, h.on(), "HEARING", ctx.now,
				ctx.caller.accountId()));
		if (c.stage == CaseStage.REVIEW) { // legal review after the hearing (市监 §50): its period starts
			clocks.start(c.id, ClockKind.REVIEW, h.on(), ctx.now);
		}
	}

	/** 集体讨论 (处罚法 §57 para 2): the heads discuss; at least two take part. */
	private void discuss(CaseFile c, CollectiveDiscussion d, ActionContext ctx) {
		ctx.requireNotFuture(d.on());
		ctx.refuseIf(d.participants().stream().map(String::trim).distinct().count() < 2, "case.collective-too-few");
		ctx.stopIfRefused("case.collective-refused");
		ctx.record(c.recordCollectiveDiscussion(d));
	}
}
