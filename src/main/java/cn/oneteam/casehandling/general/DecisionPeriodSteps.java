package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.measures.Measures;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.util.Map;

import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseMeasures.Pause;
import cn.oneteam.casehandling.CaseMeasures.PauseKind;
import cn.oneteam.casehandling.general.DecisionPeriodEvent.DecisionPeriodExtended;
import cn.oneteam.casehandling.MeasureInputs.DecisionExtension;
import cn.oneteam.casehandling.MeasureInputs.Resumption;
import cn.oneteam.casehandling.MeasureInputs.Suspension;
import cn.oneteam.casehandling.MeasureInputs.Termination;
import org.springframework.stereotype.Component;

/**
 * 办案期限的中止、延长与终止 (市监 §46, §47, §64): the investigation suspended and resumed with the decision period
 * standing still meanwhile, the period extended, or the investigation terminated and the case sent to closing.
 */
@Component
class DecisionPeriodSteps implements ProcedureSteps {

	private final Clocks clocks;

	private final Measures measures;

	private final DecisionSteps decisions;

	DecisionPeriodSteps(Clocks clocks, Measures measures, DecisionSteps decisions) {
		this.clocks = clocks;
		this.measures = measures;
		this.decisions = decisions;
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.of(CaseAction.SUSPEND, Step.of(Suspension.class, this::suspend), CaseAction.RESUME,
				Step.of(Resumption.class, this::resume), CaseAction.EXTEND_DECISION,
				Step.of(DecisionExtension.class, this::extendDecision), CaseAction.TERMINATE,
				Step.of(Termination.class, this::terminate));
	}

	/**
	 * 中止调查 (市监 §46) on one of its grounds, with the head's approval: the decision period stands still (市监 §64);
	 * a seizure's term does not, as 强制法 §25 leaves out only testing.
	 */
	private void suspend(CaseFile c, Suspension s, ActionContext ctx) {
		ctx.requireNotFuture(s.on());
		ctx.refuseIf(c.filedOn != null && s.on().isBefore(c.filedOn), "case.date-before-filing");
		ctx.stopIfRefused("case.suspension-refused");
		clocks.open(c.id, ClockKind.DECISION).ifPresent(k -> clocks.pause(k, s.on()));
		long id = measures.pause(c.id, PauseKind.SUSPENSION, s.ground().name(), s.reason(), null, s.on(), null, null);
		ctx.record(c.suspend(s, id));
	}

	/**
	 * 恢复调查 as soon as the cause ends (市监 §46): back to the stage it left; the decision period runs again, moved by
	 * the days it stood still (市监 §64) — unless a testing still holds it, whose end then moves it.
	 */
	private void resume(CaseFile c, Resumption r, ActionContext ctx) {
		ctx.requireNotFuture(r.on());
		Pause suspension = measures.openPause(c.id, PauseKind.SUSPENSION).orElse(null);
		ctx.refuseIf(suspension == null, "case.suspension-not-running");
		ctx.refuseIf(suspension != null && r.on().isBefore(suspension.startedOn()), "case.date-before-start");
		ctx.stopIfRefused("case.resumption-refused");
		ctx.record(c.resume(r, suspension.id()));
		if (measures.openPause(c.id, PauseKind.TESTING).isEmpty()) {
			clocks.open(c.id, ClockKind.DECISION)
				.ifPresent(k -> clocks.resume(k, r.on(), "SUSPENSION", ctx.now, ctx.caller.accountId()));
		}
		measures.endPause(suspension.id(), r.on(), r.reason());
	}

	/**
	 * 延长办案期限 (市监 §64), before the period runs out: the first time by the configured 30 days with the head's
	 * approval; any further time only as the heads' collective discussion decided, for the days it fixed.
	 */
	private void extendDecision(CaseFile c, DecisionExtension e, ActionContext ctx) {
		ctx.requireNotFuture(e.on());
		if (e.collectiveDiscussionOn() != null) {
			ctx.requireNotFuture(e.collectiveDiscussionOn());
		}
		CaseClock period = clocks.open(c.id, ClockKind.DECISION).orElse(null);
		ctx.refuseIf(period == null, "case.decision-period-not-running");
		boolean further = period != null && period.extendedUnits() > 0;
		int first = clocks.extension(ClockKind.DECISION);
		ctx.refuseIf(!further && e.days() != null && e.days() != first, "case.extension-days-fixed");
		ctx.refuseIf(further && e.collectiveDiscussionOn() == null, "case.extension-needs-collective-discussion");
		ctx.refuseIf(further && e.days() == null, "case.extension-days-missing");
		ctx.refuseIf(period != null && e.on().isAfter(period.dueOn()), "case.decision-deadline-passed");
		ctx.stopIfRefused("case.extension-refused");
		int days = further ? e.days() : first;
		clocks.extend(period, days, ctx.now, ctx.caller.accountId());
		ctx.record(new DecisionPeriodExtended(e.on(), days, e.collectiveDiscussionOn(), e.reason()));
	}

	/**
	 * 终止调查 (市监 §47), with the head's approval: the party died or ended with no successor. Items still held are
	 * dealt with first (强制法 §27, §28; 市监 §35); the periods end and the case goes to closing (市监 §77).
	 */
	private void terminate(CaseFile c, Termination t, ActionContext ctx) {
		ctx.requireNotFuture(t.on());
		ctx.refuseIf(!t.noSuccessor(), "case.termination-successor-exists");
		ctx.refuseIf(!t.ground().fits(c.partyKind), "case.termination-ground-not-for-party");
		ctx.refuseIf(measures.anyInForce(c.id), "case.measures-in-force");
		ctx.stopIfRefused("case.termination-refused");
		measures.endOpenPauses(c.id, t.on(), "TERMINATED");
		clocks.endAll(c.id, State.CANCELLED, t.on());
		ctx.record(c.terminate(t));
		clocks.start(c.id, ClockKind.CLOSING, t.on(), ctx.now); // the closing period (市监 §77)
	}
}
