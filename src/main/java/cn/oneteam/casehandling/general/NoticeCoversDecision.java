package cn.oneteam.casehandling.general;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.catalog.PenaltyKind;
import org.jspecify.annotations.Nullable;

/**
 * 决定不超出告知 (处罚法 §44, §62, §63, §64(1); 市监程序规定 §56, §57): the decision stays within what the notice told
 * the party — no kind of penalty the notice did not name, no larger fine than it named, and no penalty in hearing
 * scope (较大数额 or a kind that always carries a hearing) unless the notice told the party of the right to a hearing,
 * whether or not the party answered the notice. Each needs a new proposal
 * approved by the head and a new notice, with the hearing right where the new penalty is in scope. A lighter or
 * equal decision is always covered. Why this reading, and what it leaves to {@link NoHeavierPenalty}:
 * docs/adr/0015-decision-and-prior-notice.md.
 */
final class NoticeCoversDecision {

	private NoticeCoversDecision() {
	}

	/**
	 * The reason (message code) why the served notice does not cover the decided penalty; none when it does, and
	 * none without a served notice ({@link NoticePeriod} refuses that).
	 */
	static Optional<String> reasonAgainst(boolean noticeServed, Set<PenaltyKind> notifiedKinds,
			@Nullable BigDecimal notifiedFine, boolean hearingRightNotified, Set<PenaltyKind> decidedKinds,
			@Nullable BigDecimal decidedFine, boolean decidedInHearingScope) {
		if (!noticeServed) {
			return Optional.empty();
		}
		// 处罚法 §63, §64(1): a penalty in hearing scope is decided only after the party was told of the hearing right
		if (decidedInHearingScope && !hearingRightNotified) {
			return Optional.of("case.decision-needs-hearing-notice");
		}
		// 处罚法 §44, §62: the kinds of penalty decided were told to the party before the decision
		if (!notifiedKinds.containsAll(decidedKinds)) {
			return Optional.of("case.decision-kind-not-notified");
		}
		// 处罚法 §44 (拟作出的行政处罚内容), §62: nor a larger fine than the one told
		boolean largerFine = decidedFine != null && notifiedFine != null && decidedFine.compareTo(notifiedFine) > 0;
		return largerFine ? Optional.of("case.decision-exceeds-notice") : Optional.empty();
	}

	/** Whether a new proposal goes beyond the served notice, so that a new notice must be served before deciding it. */
	static boolean newNoticeNeeded(boolean noticeServed, Set<PenaltyKind> notifiedKinds,
			@Nullable BigDecimal notifiedFine, boolean hearingRightNotified, Set<PenaltyKind> proposedKinds,
			@Nullable BigDecimal proposedFine, boolean proposedInHearingScope) {
		return noticeServed && reasonAgainst(true, notifiedKinds, notifiedFine, hearingRightNotified, proposedKinds,
				proposedFine, proposedInHearingScope).isPresent();
	}
}
