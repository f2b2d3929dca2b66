package cn.oneteam.casehandling.measures;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.OfficerCheck;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseMeasures.Measure;
import cn.oneteam.casehandling.CaseMeasures.MeasureKind;
import cn.oneteam.casehandling.CaseMeasures.Pause;
import cn.oneteam.casehandling.CaseMeasures.PauseKind;
import cn.oneteam.casehandling.MeasureInputs.Preservation;
import cn.oneteam.casehandling.MeasureInputs.PreservationDecision;
import cn.oneteam.casehandling.MeasureInputs.Seizure;
import cn.oneteam.casehandling.MeasureInputs.SeizureExtension;
import cn.oneteam.casehandling.MeasureInputs.SeizureRelease;
import cn.oneteam.casehandling.MeasureInputs.Testing;
import cn.oneteam.casehandling.MeasureInputs.TestingResult;
import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 先行登记保存、查封扣押、检测 (处罚法 §56; 强制法 §18–§28; 市监 §33–§38, §64): evidence preserved and property
 * sealed or impounded with their terms, and the testing during which the decision period and a seizure's term stand
 * still.
 */
@Component
class MeasureSteps implements ProcedureSteps {

	private static final List<MeasureKind> PRESERVATION = List.of(MeasureKind.PRESERVATION);

	private static final List<MeasureKind> SEIZURES = List.of(MeasureKind.SEAL, MeasureKind.IMPOUND);

	private final OfficerCheck officers;

	private final Clocks clocks;

	private final Measures measures;

	MeasureSteps(OfficerCheck officers, Clocks clocks, Measures measures) {
		this.officers = officers;
		this.clocks = clocks;
		this.measures = measures;
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.of(CaseAction.PRESERVE_EVIDENCE, Step.of(Preservation.class, this::preserve),
				CaseAction.RELEASE_PRESERVATION, Step.of(PreservationDecision.class, this::decidePreservation),
				CaseAction.SEIZE, Step.of(Seizure.class, this::seize), CaseAction.EXTEND_SEIZURE,
				Step.of(SeizureExtension.class, this::extendSeizure), CaseAction.RELEASE_SEIZURE,
				Step.of(SeizureRelease.class, this::releaseSeizure), CaseAction.START_TESTING,
				Step.of(Testing.class, this::startTesting), CaseAction.END_TESTING,
				Step.of(TestingResult.class, this::endTesting));
	}

	/**
	 * 先行登记保存 (处罚法 §56; 市监 §33, §34), approved by the head: two certified officers who show their certificates
	 * count the items before the party or a witness (市监 §43); the 7-working-day period for the decision starts.
	 */
	private void preserve(CaseFile c, Preservation p, ActionContext ctx) {
		List<CaseOfficer> present = onTheSpot(c, p.on(), p.officers(), p.certificateShown(), p.partyPresent(),
				p.witness(), ctx);
		ctx.stopIfRefused("case.preservation-refused");
		CaseClock period = clocks.start(c.id, ClockKind.EVIDENCE_PRESERVATION, p.on(), ctx.now);
		long id = measures.hold(c.id, MeasureKind.PRESERVATION, p.items(), p.reason(), p.on(), period.id(),
				certificates(present), p.witness());
		ctx.record(new MeasureEvent.EvidencePreserved(id, p.on(), List.copyOf(p.items()), p.reason(), period.dueOn()));
	}

	/**
	 * 先行登记保存处理决定 (市监 §35): one of its five outcomes within the 7 working days; after them the preservation
	 * has lifted on its own and nothing more can be decided on it.
	 */
	private void decidePreservation(CaseFile c, PreservationDecision d, ActionContext ctx) {
		ctx.requireNotFuture(d.on());
		Measure m = measures.inForce(c.id, d.measure(), PRESERVATION).orElse(null);
		ctx.refuseIf(m == null, "case.measure-not-in-force");
		ctx.refuseIf(m != null && d.on().isBefore(m.startedOn()), "case.date-before-start");
		ctx.refuseIf(m != null && d.on().isAfter(m.dueOn()), "case.preservation-lapsed");
		ctx.stopIfRefused("case.preservation-decision-refused");
		clocks.end(clock(c, m), State.MET, d.on());
		measures.end(m.id(), d.on(), d.outcome().name(), d.note());
		ctx.record(new MeasureEvent.PreservationDecided(m.id(), d.on(), d.outcome(), d.note()));
	}

	/**
	 * 查封、扣押 (强制法 §18, §24; 市监 §36), approved by the head: two certified officers who show their certificates,
	 * the party present or a witness, the items listed; the 30-day term starts (强制法 §25).
	 */
	private void seize(CaseFile c, Seizure s, ActionContext ctx) {
		List<CaseOfficer> present = onTheSpot(c, s.on(), s.officers(), s.certificateShown(), s.partyPresent(),
				s.witness(), ctx);
		ctx.stopIfRefused("case.seizure-refused");
		CaseClock term = clocks.start(c.id, ClockKind.SEIZURE, s.on(), ctx.now);
		long id = measures.hold(c.id, s.kind().measure(), s.items(), s.reason(), s.on(), term.id(), certificates(present),
				s.witness());
		ctx.record(new MeasureEvent.Seized(id, s.kind(), s.on(), List.copyOf(s.items()), s.reason(), term.dueOn()));
	}

	/** 查封扣押延期 (强制法 §25; 市监 §37): once, by 30 days, with the head's approval, notified in writing within the term. */
	private void extendSeizure(CaseFile c, SeizureExtension e, ActionContext ctx) {
		ctx.requireNotFuture(e.notifiedOn());
		Measure m = measures.inForce(c.id, e.measure(), SEIZURES).orElse(null);
		ctx.refuseIf(m == null, "case.measure-not-in-force");
		ctx.refuseIf(m != null && m.extendedDays() > 0, "case.extension-used");
		ctx.refuseIf(m != null && e.notifiedOn().isBefore(m.startedOn()), "case.date-before-start");
		ctx.refuseIf(m != null && e.notifiedOn().isAfter(m.dueOn()), "case.seizure-term-expired");
		ctx.stopIfRefused("case.extension-refused");
		clocks.extend(clock(c, m), clocks.extension(ClockKind.SEIZURE), ctx.now, ctx.caller.accountId());
		measures.extended(m.id(), e.notifiedOn(), e.reason());
		ctx.record(new MeasureEvent.SeizureExtended(m.id(), e.notifiedOn(), e.reason()));
	}

	/** 解除查封扣押 (强制法 §28) or handled by confiscation or destruction (§27); a release after the term shows as late. */
	private void releaseSeizure(CaseFile c, SeizureRelease r, ActionContext ctx) {
		ctx.requireNotFuture(r.on());
		Measure m = measures.inForce(c.id, r.measure(), SEIZURES).orElse(null);
		ctx.refuseIf(m == null, "case.measure-not-in-force");
		ctx.refuseIf(m != null && r.on().isBefore(m.startedOn()), "case.date-before-start");
		ctx.stopIfRefused("case.seizure-release-refused");
		CaseClock term = clock(c, m);
		boolean late = r.on().isAfter(term.dueOn());
		clocks.end(term, late ? State.LAPSED : State.MET, r.on());
		measures.end(m.id(), r.on(), r.ground().name(), r.note());
		ctx.record(new MeasureEvent.SeizureReleased(m.id(), r.on(), r.ground(), late, r.note()));
	}

	/**
	 * 检测、检验、检疫、鉴定 (强制法 §25; 市监 §64), one at a time: its period fixed in advance and, for items sealed or
	 * impounded, notified to the party in writing; the decision period and that seizure's term stand still.
	 */
	private void startTesting(CaseFile c, Testing t, ActionContext ctx) {
		ctx.requireNotFuture(t.on());
		ctx.refuseIf(c.filedOn != null && t.on().isBefore(c.filedOn), "case.date-before-filing");
		ctx.refuseIf(measures.openPause(c.id, PauseKind.TESTING).isPresent(), "case.testing-running");
		ctx.requireWithinAYear(t.expectedEndOn());
		ctx.refuseIf(t.expectedEndOn().isBefore(t.on()), "case.testing-end-before-start");
		Measure seizure = t.seizure() == null ? null : measures.inForce(c.id, t.seizure(), SEIZURES).orElse(null);
		ctx.refuseIf(t.seizure() != null && seizure == null, "case.measure-not-in-force");
		// 强制法 §25: the testing period of items held is notified to the party in writing
		ctx.refuseIf(t.seizure() != null && t.partyNotifiedOn() == null, "case.testing-not-notified");
		ctx.stopIfRefused("case.testing-refused");
		clocks.open(c.id, ClockKind.DECISION).ifPresent(k -> clocks.pause(k, t.on()));
		if (seizure != null) {
			clocks.pause(clock(c, seizure), t.on());
		}
		long id = measures.pause(c.id, PauseKind.TESTING, t.kind().name(), t.institution() + ": " + t.subject(),
				t.seizure(), t.on(), t.expectedEndOn(), t.partyNotifiedOn());
		ctx.record(new MeasureEvent.TestingStarted(id, t.kind(), t.on(), t.institution(), t.subject(),
				t.expectedEndOn(), t.seizure()));
	}

	/** 检测结束: the periods it stopped run again, their due dates moved by the days it took (强制法 §25; 市监 §64). */
	private void endTesting(CaseFile c, TestingResult r, ActionContext ctx) {
		ctx.requireNotFuture(r.on());
		Pause testing = measures.openPause(c.id, PauseKind.TESTING).orElse(null);
		ctx.refuseIf(testing == null, "case.testing-not-running");
		ctx.refuseIf(testing != null && r.on().isBefore(testing.startedOn()), "case.date-before-start");
		ctx.stopIfRefused("case.testing-refused");
		long actor = ctx.caller.accountId();
		clocks.open(c.id, ClockKind.DECISION).ifPresent(k -> clocks.resume(k, r.on(), "TESTING", ctx.now, actor));
		measures.measures(c.id).stream().filter(m -> testing.measure() != null && m.id() == testing.measure())
			.forEach(m -> clocks.resume(clock(c, m), r.on(), "TESTING", ctx.now, actor));
		measures.endPause(testing.id(), r.on(), r.result());
		ctx.record(new MeasureEvent.TestingEnded(testing.id(), r.on(), r.result()));
	}

	/** On the spot (强制法 §18; 市监 §43): the date, two certified officers who show their certificates, party or witness. */
	private List<CaseOfficer> onTheSpot(CaseFile c, LocalDate on, List<Long> ids, boolean certificateShown,
			boolean partyPresent, @Nullable String witness, ActionContext ctx) {
		ctx.requireNotFuture(on);
		ctx.refuseIf(c.filedOn != null && on.isBefore(c.filedOn), "case.date-before-filing");
		ctx.refuseIf(!certificateShown, "case.certificate-not-shown");
		ctx.refuseIf(!partyPresent && (witness == null || witness.isBlank()), "case.measure-witness-missing");
		return officers.check(c, ids, on, ctx);
	}

	private CaseClock clock(CaseFile c, Measure m) {
		return clocks.of(c.id).stream().filter(k -> k.id() == m.clock()).findFirst().orElseThrow();
	}

	private static List<String> certificates(List<CaseOfficer> present) {
		return present.stream().map(CaseOfficer::certificateNumber).toList();
	}
}
