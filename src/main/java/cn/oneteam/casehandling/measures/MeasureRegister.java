package cn.oneteam.casehandling.measures;

import cn.oneteam.casehandling.CaseActionRecorded;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseMeasures;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.MeasureInputs.RemedyEnd;
import cn.oneteam.casehandling.MeasureInputs.RemedyKind;
import cn.oneteam.casehandling.MeasureInputs.RemedyStart;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 措施与期间登记 of a case in the caller's jurisdiction, and the party's remedy periods: a 复议 or 诉讼 against a
 * served decision is recorded from the day it was brought to the day it ended, so that the late-payment surcharge
 * leaves those days out (处罚法 §73); each goes into the full-process record.
 */
@Service
public class MeasureRegister {

	private final CaseFiles files;

	private final Measures measures;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Clocks clocks;

	private final CaseProcedure procedure;

	MeasureRegister(CaseFiles files, Measures measures, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			Clocks clocks, CaseProcedure procedure) {
		this.files = files;
		this.procedure = procedure;
		this.clocks = clocks;
		this.measures = measures;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CaseMeasures of(long caseId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
		return measures.overview(caseId);
	}

	/** 复议 or 诉讼 brought against the decision after its service, one at a time (处罚法 §73). */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public CaseMeasures startRemedy(long caseId, RemedyStart r, ScopedPrincipal caller) {
		CaseFile c = ownCase(caseId, caller);
		ActionContext ctx = context(caller);
		ctx.requireNotFuture(r.from());
		if (c.decidedOn == null || c.servedOn == null) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.remedy-without-decision", List.of(), caseId);
		}
		if (r.from().isBefore(c.servedOn)) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.remedy-before-service", List.of(), c.servedOn);
		}
		if (measures.overview(caseId).remedies().stream().anyMatch(x -> x.to() == null)) {
			throw new CaseViolation(CaseViolation.CONFLICT, "case.remedy-already-open", List.of(), caseId);
		}
		long id = jdbc.sql("insert into case_remedy (case_id, kind, from_on) values (?, ?, ?) returning id")
			.params(caseId, r.kind().name(), r.from())
			.query(Long.class)
			.single();
		// the party used the period: 复议法 §20, 行政诉讼法 §46
		ClockKind period = r.kind() == RemedyKind.RECONSIDERATION ? ClockKind.RECONSIDERATION : ClockKind.LITIGATION;
		clocks.open(caseId, period).ifPresent(k -> clocks.end(k, CaseClock.State.MET, r.from()));
		ctx.record(new MeasureEvent.RemedyStarted(id, r.kind(), r.from()));
		record(c, "remedy-started", ctx);
		return measures.overview(caseId);
	}

	/** The 复议 decision or the judgment that ended the remedy; from the next day the surcharge counts again. */
	@Transactional
	@PreAuthorize("hasAuthority('case:handle')")
	public CaseMeasures endRemedy(long caseId, long remedyId, RemedyEnd e, ScopedPrincipal caller) {
		CaseFile c = ownCase(caseId, caller);
		ActionContext ctx = context(caller);
		ctx.requireNotFuture(e.on());
		CaseMeasures.Remedy remedy = measures.overview(caseId).remedies().stream().filter(x -> x.id() == remedyId)
			.findFirst()
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.remedy-unknown", List.of(), remedyId));
		if (remedy.to() != null) {
			throw new CaseViolation(CaseViolation.CONFLICT, "case.remedy-ended", List.of(), remedyId, remedy.to());
		}
		if (e.on().isBefore(remedy.from())) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.date-before-start", List.of(), e.on());
		}
		jdbc.sql("update case_remedy set to_on = ? where id = ?").params(e.on(), remedyId).update();
		ctx.record(new MeasureEvent.RemedyEnded(remedyId, remedy.kind(), remedy.from(), e.on()));
		record(c, "remedy-ended", ctx);
		return measures.overview(caseId);
	}

	/** The case, locked, in the caller's jurisdiction and of the caller's body. */
	private CaseFile ownCase(long caseId, ScopedPrincipal caller) {
		CaseFile c = files.lock(caseId, caller.jurisdiction());
		if (caller.organizationId() != c.actingOrgId) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.caller-not-of-enforcing-body", List.of(), c.actingOrgId);
		}
		return c;
	}

	private ActionContext context(ScopedPrincipal caller) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return new ActionContext(caller, now.toLocalDate(), now, false);
	}

	/**
	 * Into the record with the case's state after the change (a remedy ends the period it used), so that the record
	 * still verifies the case (docs/adr/0007-tamper-evidence.md).
	 */
	private void record(CaseFile c, String action, ActionContext ctx) {
		Map<String, Object> facts = ctx.facts();
		facts.put("stage", c.stage.name());
		facts.put("state", procedure.stateDigest(c));
		events.publishEvent(new CaseActionRecorded(c.id, action, ctx.caller.accountId(), List.of(), ctx.now, facts));
	}
}
