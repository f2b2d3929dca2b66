package cn.oneteam.casehandling.general;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * 事先告知 before the decision (处罚法 §44, §62; 市监程序规定 §57): no decision until the notice of the proposed penalty
 * has been served and the party's response period is over, unless the party expressly waived the right to state and
 * defend; and none while a requested hearing has not been held (§63, §65). The response period depends on the agency
 * (5 working days in market supervision, docs/legal/procedure.md#notice-response-period), so the caller computes {@code responseDue} with the
 * working-day calendar; the decision may be made from the day after it. A served notice without a due date is treated
 * as a period still running.
 */
public final class NoticePeriod {

	private NoticePeriod() {
	}

	/** The reason (message code) why the decision may not be made on {@code decidedOn}; none when it may. */
	public static Optional<String> reasonAgainstDecision(@Nullable LocalDate noticeServedOn, @Nullable LocalDate responseDue,
			LocalDate decidedOn, boolean expresslyWaived, boolean hearingPending) {
		// 处罚法 §44, §62: the notice is served before the decision
		if (noticeServedOn == null || noticeServedOn.isAfter(decidedOn)) {
			return Optional.of("case.notice-not-served");
		}
		// 市监程序规定 §57: the rights lapse when the period ends; 处罚法 §62: or when expressly waived
		if (!expresslyWaived && (responseDue == null || !decidedOn.isAfter(responseDue))) {
			return Optional.of("case.response-period-running");
		}
		// 处罚法 §63, §65: a requested hearing is held, and the decision follows its record
		return hearingPending ? Optional.of("case.hearing-pending") : Optional.empty();
	}
}
