package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseClock;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.ClosingCheck;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.RemedyBodies;
import cn.oneteam.casehandling.execution.PaymentReference;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.measures.Measures;
import cn.oneteam.casehandling.penalty.PenaltyCheck;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.CaseParties;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseInputs.Closing;
import cn.oneteam.casehandling.CaseInputs.Decision;
import cn.oneteam.casehandling.CaseInputs.Publication;
import cn.oneteam.casehandling.general.DecisionEvent.DecisionNumbered;
import cn.oneteam.casehandling.general.DecisionEvent.PaymentReferenceAssigned;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.Responsibility;
import cn.oneteam.documents.DocumentNumbers;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.evidence.Evidence;
import cn.oneteam.evidence.EvidenceItem;
import cn.oneteam.evidence.OwnerKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 决定、送达、执行、结案 (处罚法 §57–§62, §66–§73; 市监 §77, §82). */
@Component
public class DecisionSteps implements ProcedureSteps {

	private final PenaltyCheck penalty;

	private final Clocks clocks;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final Measures measures;

	private final DocumentNumbers numbers;

	private final HearingThresholds hearing;

	private final RemedyBodies remedies;

	private final Evidence evidence; // lazily: the evidence module asks this module's CaseEvidence about cases

	private final MessageSource messages;

	private final CaseParties parties;

	private final ObjectProvider<ClosingCheck> closingChecks; // other modules' (the self-review), looked up when used

	DecisionSteps(PenaltyCheck penalty, Clocks clocks, Catalog catalog, JdbcClient jdbc, Measures measures,
			DocumentNumbers numbers, HearingThresholds hearing, RemedyBodies remedies, @Lazy Evidence evidence,
			MessageSource messages, CaseParties parties, ObjectProvider<ClosingCheck> closingChecks) {
		this.closingChecks = closingChecks;
		this.parties = parties;
		this.remedies = remedies;
		this.evidence = evidence;
		this.messages = messages;
		this.hearing = hearing;
		this.penalty = penalty;
		this.clocks = clocks;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.measures = measures;
		this.numbers = numbers;
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.of(CaseAction.DECIDE, Step.of(Decision.class, this::decide), 
				CaseAction.RECORD_PUBLICATION, Step.of(Publication.class, this::publish), CaseAction.CLOSE,
				Step.of(Closing.class, this::close));
	}

	/**
	 * 决定 (处罚法 §57): a penalty only after the notice was served and its period ran out, or was expressly waived, and
	 * no hearing pending (§62); no heavier than notified once the party answered (§45); legal review passed where
	 * required (§58); collective discussion where required (§57); within the decision period (§60); the body still
	 * responsible for the matter there on the day (§20, §24); the penalty within the matter, benchmark and the rules on
	 * minors and one act one fine.
	 */
	private void decide(CaseFile c, Decision d, ActionContext ctx) {
		ctx.requireNotFuture(d.decidedOn());
		boolean penaltyDecided = d.outcome() == CaseOutcome.PENALTY;
		if (penaltyDecided) {
			refuseAgainstNotice(c, d, ctx);
		}
		ctx.refuseIf(c.legalReviewRequired() && !c.legalReviewPassed, "case.legal-review-missing");
		ctx.refuseIf(CollectiveDiscussion.required(c.complexOrMajor, c.legalReviewRequired(), penaltyDecided)
				&& c.collectiveOn == null, "case.collective-discussion-missing");
		clocks.open(c.id, ClockKind.DECISION).ifPresent(k -> {
			ctx.refuseIf(d.decidedOn().isAfter(k.dueOn()), "case.decision-deadline-passed");
			ctx.flagLateApproval(k);
		});
		Responsibility responsible = catalog.responsible(c.matterCode, c.place, d.decidedOn());
		ctx.refuseIf(responsible.enforcingBodyId() != c.actingOrgId, "case.body-not-responsible-on-date");
		DiscretionTier tier = penalty.check(c, d.outcome(), d.kinds(), d.fine(), c.circumstances(), c.mitigationReason(),
				d.decidedOn(), ctx);
		ctx.stopIfRefused("case.decision-refused");
		String number = d.outcome() == CaseOutcome.TRANSFER ? null : number(c, d, responsible, ctx);
		String reference = d.fine() == null ? null : paymentReference(c, d, ctx);
		parties.keepAsDecided(c); // the party as of the decision (docs/adr/0023-case-party-from-register.md)
		ctx.record(c.decide(d, tier, responsible, number, reference, stated(c, responsible.documentNameBodyId()), ctx.now));
		clocks.open(c.id, ClockKind.DECISION).ifPresent(k -> clocks.end(k, State.MET, d.decidedOn()));
		for (ClockKind period : List.of(ClockKind.NOTICE_RESPONSE, ClockKind.HEARING_REQUEST)) {
			clocks.open(c.id, period).ifPresent(k -> clocks.end(k, State.LAPSED, k.dueOn())); // ran out before
		}
		clocks.start(c.id, ClockKind.SERVICE, d.decidedOn(), ctx.now);
		if (penaltyDecided) {
			clocks.start(c.id, ClockKind.PUBLICITY, d.decidedOn(), ctx.now);
		}
	}

	/**
	 * What the decision states beside the penalty (处罚法 §59(2), (5); docs/adr/0020-decision-contents.md): the case's
	 * evidence by type and title in the order collected, and where to turn — the 复议机关 and the court the body set
	 * (the court, while unset, as the court with jurisdiction), of the body the decision is issued in.
	 */
	private DecisionEvent.Stated stated(CaseFile c, long nameBodyId) {
		List<EvidenceItem> items = evidence.ofOwner(OwnerKind.CASE, c.id);
		StringBuilder relied = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			EvidenceItem item = items.get(i);
			relied.append(i == 0 ? "" : "；").append(i + 1).append(".")
				.append(messages.getMessage("evidence.type." + item.type().name(), null, item.type().name(),
						Locale.SIMPLIFIED_CHINESE))
				.append("：").append(item.title());
		}
		RemedyBodies.Setting setting = remedies.of(nameBodyId);
		String court = setting.court() != null ? setting.court()
				: messages.getMessage("case.remedy.court-unset", null, Locale.SIMPLIFIED_CHINESE);
		return new DecisionEvent.Stated(relied.toString(), setting.reconsiderationBody(), court);
	}

	/**
	 * A penalty only after the notice was served and its period ran out — the later of the response period (市监 §57)
	 * and the hearing-request period (处罚法 §64(1)) — or was expressly waived, with no hearing pending (§62); no
	 * heavier than notified once the party answered (§45).
	 */
	private void refuseAgainstNotice(CaseFile c, Decision d, ActionContext ctx) {
		LocalDate responseDue = clocks.of(c.id).stream()
			.filter(k -> k.kind() == ClockKind.NOTICE_RESPONSE || k.kind() == ClockKind.HEARING_REQUEST)
			.map(CaseClock::dueOn).max(LocalDate::compareTo).orElse(null);
		boolean hearingPending = c.hearingRequested && !c.hearingHeld && !c.partyWaived;
		NoticePeriod.reasonAgainstDecision(c.noticeServedOn, responseDue, d.decidedOn(), c.partyWaived, hearingPending)
			.ifPresent(r -> ctx.refuseIf(true, r));
		// §45 where the party answered; otherwise the notice must still cover the decision (ADR 0015)
		NoHeavierPenalty.reasonAgainst(c.notifiedKinds, c.notifiedFine, d.kinds(), d.fine(), c.partyResponded)
			.or(() -> NoticeCoversDecision.reasonAgainst(c.noticeServedOn != null, c.notifiedKinds, c.notifiedFine,
					c.hearingNotified, d.kinds(), d.fine(), hearing.inScope(c, d.kinds(), d.fine())))
			.ifPresent(r -> ctx.refuseIf(true, r));
	}

	/** 决定书 or 不予行政处罚决定书: numbered in the name it is issued in. */
	private String number(CaseFile c, Decision d, Responsibility responsible, ActionContext ctx) {
		String number = numbers.issue(responsible.documentNameBodyId(), d.outcome() == CaseOutcome.PENALTY
				? DocumentType.PENALTY_DECISION : DocumentType.NO_PENALTY_DECISION, d.decidedOn(), c.id,
				ctx.caller.accountId()).text();
		ctx.record(new DecisionNumbered(number));
		return number;
	}

	/** 罚缴分离 (处罚法 §67): the reference the party pays the fine under. */
	private String paymentReference(CaseFile c, Decision d, ActionContext ctx) {
		String reference = PaymentReference.of(c.place.value().substring(0, 6), d.decidedOn().getYear(),
				jdbc.sql("select nextval('payment_reference_seq')").query(Long.class).single());
		ctx.record(new PaymentReferenceAssigned(reference));
		return reference;
	}

	/** 公示 within 7 working days of the decision (118号, docs/legal/records.md#publicity-deadline; 处罚法 §48): where and under which reference. */
	private void publish(CaseFile c, Publication p, ActionContext ctx) {
		ctx.requireNotFuture(p.on());
		ctx.refuseIf(c.decidedOn != null && p.on().isBefore(c.decidedOn), "case.published-before-decision");
		CaseClock publicity = clocks.open(c.id, ClockKind.PUBLICITY).orElse(null);
		ctx.refuseIf(publicity == null, "case.publicity-not-running");
		ctx.stopIfRefused("case.publication-refused");
		clocks.end(publicity, State.MET, p.on());
		ctx.record(new DecisionEvent.DecisionPublished(p.on(), p.channel(), p.reference()));
	}

	/**
	 * 结案 with the head's approval (市监 §77); refused — when requested and when approved — while the self-review
	 * finds a veto item, named with its reason (docs/adr/0034-scoring-standards-and-self-review.md).
	 */
	private void close(CaseFile c, Closing x, ActionContext ctx) {
		ctx.requireNotFuture(x.on());
		ctx.refuseIf(measures.anyInForce(c.id), "case.measures-in-force"); // 强制法 §27, §28: decide on what is held
		ctx.refuseIf(clocks.open(c.id, ClockKind.CASH_HANDOVER).isPresent(), "case.cash-not-handed-over"); // §71
		ctx.stopIfRefused("case.closing-refused");
		Locale locale = LocaleContextHolder.getLocale();
		List<String> vetoes = closingChecks.orderedStream().flatMap(k -> k.refusals(c.id, locale).stream()).toList();
		if (!vetoes.isEmpty()) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.self-review-veto", List.of("case.self-review-veto"),
					String.join(messages.getMessage("case.self-review-veto.separator", null, "; ", locale), vetoes));
		}
		ctx.record(c.close(x.on(), x.summary(), ctx.now));
		clocks.open(c.id, ClockKind.CLOSING).ifPresent(k -> clocks.end(k, State.MET, x.on()));
		clocks.endAll(c.id, State.CANCELLED, x.on());
		closingChecks.orderedStream().forEach(k -> k.closed(c.id, locale)); // the review kept as of the closed file
	}

	/** The closing period (15 working days, 市监 §77) starts with the event that ends the case. */
	public void closing(CaseFile c, CaseAction action, LocalDate event, ActionContext ctx) {
		c.awaitClosing(action);
		clocks.start(c.id, ClockKind.CLOSING, event, ctx.now);
	}
}
