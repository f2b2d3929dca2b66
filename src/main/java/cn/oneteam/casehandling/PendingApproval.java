package cn.oneteam.casehandling;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 待审批: an action waiting for its chain — the roles in order, the next one, the steps decided so far, and what
 * was asked (the action's input as JSON).
 */
public record PendingApproval(long id, long caseId, CaseAction action, List<String> steps, int nextStep,
		String requestedBy, OffsetDateTime requestedAt, String payload, String partyName, String matterCode,
		List<Decision> decisions) {

	/** The role whose turn it is. */
	public String nextRole() {
		return steps.get(nextStep - 1);
	}

	/** One step decided. */
	public record Decision(int step, String role, String decidedBy, boolean approved, String comment,
			OffsetDateTime decidedAt) {
	}
}
