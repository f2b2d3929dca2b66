package cn.oneteam.casehandling;

import cn.oneteam.casehandling.execution.PaymentSchedule;
import cn.oneteam.casehandling.execution.Surcharge;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.general.CollectiveDiscussion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.oneteam.casehandling.PenaltyCase.CaseOfficer;
import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.documents.ChineseAmount;
import cn.oneteam.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A general-procedure case as the API and the case page show it: where it stands, what was found, proposed, notified
 * and decided, the running clocks with their due dates, the approval it waits for, and which actions the caller may
 * take now — with the reasons for the others; {@code subjectId}: the party in the register of subjects, when taken from
 * there (docs/adr/0023-case-party-from-register.md).
 */
public record CaseDetail(long id, CaseStage stage, String matterCode, int matterVersion, String place,
		long actingOrgId, long nameOrgId, String mode, PartyKind partyKind, String partyName, String facts,
		@Nullable ClueSource source, @Nullable LocalDate discoveredOn, @Nullable LocalDate actOn,
		@Nullable LocalDate filedOn, List<CaseOfficer> officers, @Nullable CaseOutcome outcome,
		Set<PenaltyKind> proposedKinds, @Nullable @Money BigDecimal proposedFine, @Nullable DiscretionTier tier,
		boolean legalReviewRequired, boolean legalReviewPassed, boolean collectiveDiscussionRequired,
		@Nullable LocalDate collectiveOn, @Nullable LocalDate noticeServedOn, Set<PenaltyKind> notifiedKinds,
		@Nullable @Money BigDecimal notifiedFine, boolean hearingNotified, boolean partyResponded, boolean partyWaived,
		boolean hearingRequested, @Nullable LocalDate hearingOn, boolean hearingHeld, Set<PenaltyKind> decidedKinds,
		@Nullable @Money BigDecimal decidedFine, @Nullable String decidedFineInWords, @Nullable LocalDate decidedOn,
		@Nullable String decisionNumber, @Nullable LocalDate servedOn,
		@Nullable LocalDate paymentDue, @Nullable @Money BigDecimal paidAmount, @Nullable LocalDate closedOn,
		List<CaseClock> clocks, @Nullable PendingApproval pendingApproval, List<ActionAvailability> actions,
		@Nullable Execution execution, @Nullable Long subjectId) {

	static CaseDetail of(CaseFile c, List<CaseClock> clocks, @Nullable PendingApproval pending,
			List<ActionAvailability> actions, @Nullable Execution execution) {
		return new CaseDetail(c.id(), c.stage(), c.matterCode(), c.matterVersion(), c.place().value(), c.actingOrgId(), c.nameOrgId(),
				c.mode().name(), c.partyKind(), c.partyName(), c.facts(), c.source(), c.discoveredOn(), c.actOn(), c.filedOn(),
				c.officers(), c.outcome(), c.proposedKinds(), c.proposedFine(), c.tier(), c.legalReviewRequired(),
				c.legalReviewPassed(),
				CollectiveDiscussion.required(c.complexOrMajor(), c.legalReviewRequired(), c.penaltyProposed()),
				c.collectiveOn(), c.noticeServedOn(), c.notifiedKinds(), c.notifiedFine(), c.hearingNotified(), c.partyResponded(),
				c.partyWaived(), c.hearingRequested(), c.hearingOn(), c.hearingHeld(), c.decidedKinds(), c.decidedFine(),
				c.decidedFine() == null ? null : ChineseAmount.upper(c.decidedFine()), c.decidedOn(), c.decisionNumber(),
				c.servedOn(), PaymentSchedule.paymentDeadline(c, clocks), c.paidAmount(), c.closedOn(), clocks, pending, actions,
				execution, c.subjectId());
	}

	/**
	 * 执行 of a decided fine as it stands today: the reference the party pays under, the parts owed (the whole fine, or
	 * the instalments approved), the surcharge owed today, the 催告, the court application, a suspension, and the
	 * enforcement actions scheduled.
	 */
	public record Execution(String paymentReference, List<PaymentSchedule.Part> parts, @Money BigDecimal unpaid,
			Surcharge.Statement surchargeToday, @Nullable LocalDate demandServedOn, @Nullable LocalDate demandPerformBy,
			@Nullable LocalDate courtAppliedOn, @Nullable LocalDate enforcementSuspendedOn,
			List<ScheduledEnforcement> enforcements) {
	}

	/**
	 * 强制执行 or 代履行 scheduled (强制法 §37, §43, §50); its day provisional while its year's schedule is not loaded, and
	 * marked when it then turned out to be a statutory holiday (issue 11 §8).
	 */
	public record ScheduledEnforcement(String kind, LocalDate decidedOn, LocalDateTime scheduledAt, String measure,
			boolean emergency, boolean dayProvisional, boolean onRestDay) {
	}

	/** Whether the caller may take the action now, and if not, why (message codes). */
	public record ActionAvailability(CaseAction action, String path, boolean allowed, List<String> reasons) {
	}
}
