package cn.oneteam.casehandling;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** 待办: an open case with its nearest running deadline, for the worklist (due soonest first). */
public record WorkItem(long caseId, CaseStage stage, String matterCode, String partyName, String place,
		@Nullable ClockKind nextClock, @Nullable LocalDate nextDue, boolean provisional, boolean overdue,
		boolean awaitingApproval, long openAlerts) {
}
