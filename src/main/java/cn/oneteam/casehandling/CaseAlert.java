package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * 预警: a clock of a case is due soon or overdue, or an enforcement scheduled on a provisional day turned out to fall on
 * a statutory holiday (no clock then; the due date is the scheduled day).
 */
public record CaseAlert(long id, long caseId, String partyName, CaseStage stage, @Nullable ClockKind clock, Kind kind,
		LocalDate dueOn, OffsetDateTime raisedAt) {

	public enum Kind {
		DUE_SOON, OVERDUE, ENFORCEMENT_ON_REST_DAY
	}
}
