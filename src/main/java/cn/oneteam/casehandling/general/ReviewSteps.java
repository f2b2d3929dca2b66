package cn.oneteam.casehandling.general;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.MentalCapacity;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.penalty.PenaltyCheck;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.util.Map;

import cn.oneteam.casehandling.CaseClock.State;
import cn.oneteam.casehandling.CaseInputs.Note;
import cn.oneteam.casehandling.CaseInputs.Report;
import cn.oneteam.casehandling.CaseInputs.Review;
import cn.oneteam.casehandling.CaseInputs.ReviewOpinion;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 调查终结、审核、负责人审批: the report with the proposed outcome, its review, and the head's approval of it. */
@Component
class ReviewSteps implements ProcedureSteps {

	private final PenaltyCheck penalty;

	private final Clocks clocks;

	private final Officers officers;

	private final JdbcClient jdbc;

	ReviewSteps(PenaltyCheck penalty, Clocks clocks, Officers officers, JdbcClient jdbc) {
		this.penalty = penalty;
		this.clocks = clocks;
		this.officers = officers;
		this.jdbc = jdbc;
	}

	@Override
	public Map<CaseAction, Step<?>> steps() {
		return Map.of(CaseAction.SUBMIT_REPORT, Step.of(Report.class, this::report), CaseAction.REVIEW_CASE,
				Step.of(Review.class, this::review), CaseAction.PROPOSE, Step.of(Note.class, this::propose));
	}

	/** 调查终结报告 (市监 §48): the proposal is checked as a decision would be; the review period starts (市监 §55). */
	private void report(CaseFile c, Report r, ActionContext ctx) {
		ctx.requireNotFuture(r.on());
		ctx.refuseIf(c.filedOn != null && r.on().isBefore(c.filedOn), "case.date-before-filing");
		ctx.refuseIf(r.partyCapacity() != null && r.partyCapacity() != MentalCapacity.FULL
				&& c.partyKind != PartyKind.NATURAL_PERSON, "case.capacity-of-organisation"); // §31 speaks of persons
		c.establish(r.partyCapacity(), r.baseAmount());
		DiscretionTier tier = penalty.check(c, r.outcome(), r.kinds(), r.fine(), r.circumstances(), r.mitigationReason(),
				r.on(), ctx);
		ctx.stopIfRefused("case.report-refused");
		ctx.record(c.submitReport(r, tier));
		clocks.start(c.id, ClockKind.REVIEW, r.on(), ctx.now);
	}

	/**
	 * 法制审核 where 处罚法 §58 requires it, 案件审核 otherwise (市监 §52): the reviewer is not one of the case's officers
	 * (市监 §49); a first-time legal reviewer holds the 法律职业资格 (§58). Agreement moves the case on; any other opinion
	 * sends it back to the investigators.
	 */
	private void review(CaseFile c, Review r, ActionContext ctx) {
		ctx.requireNotFuture(r.on());
		Person reviewer = officers.personOfAccount(ctx.caller.accountId()).orElse(null);
		if (reviewer == null) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.reviewer-not-a-person", java.util.List.of());
		}
		LegalReview.reasonsAgainstReviewer(reviewer.id().value(), c.handlerPersonIds()).forEach(x -> ctx.refuseIf(true, x));
		boolean legal = c.legalReviewRequired();
		if (legal) {
			boolean firstTime = jdbc.sql("select count(*) from penalty_case where legal_reviewer_id = ?")
				.param(reviewer.id().value())
				.query(Long.class)
				.single() == 0;
			ctx.refuse(officers.asLegalReviewer(new PersonId(reviewer.id().value()), r.on(), firstTime).reasons());
		}
		ctx.stopIfRefused("case.review-refused");
		clocks.open(c.id, ClockKind.REVIEW).ifPresent(k -> clocks.end(k, State.MET, r.on()));
		if (legal && r.opinion() == ReviewOpinion.AGREE) {
			jdbc.sql("update penalty_case set legal_reviewer_id = ? where id = ?")
				.params(reviewer.id().value(), c.id)
				.update();
		}
		ctx.record(c.review(r, legal, reviewer.name()));
	}

	/** 负责人审批 (市监 §56): a penalty goes to notice; no penalty, not established or transfer to the decision. */
	private void propose(CaseFile c, Note n, ActionContext ctx) {
		ctx.requireNotFuture(n.on());
		ctx.refuseIf(!c.caseReviewPassed(), "case.review-missing");
		ctx.stopIfRefused("case.proposal-refused");
		ctx.record(c.approveProposal(n));
	}
}
