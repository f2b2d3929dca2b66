package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 预警: a clock of a case is due soon or overdue. */
public record CaseAlert(long id, long caseId, String partyName, CaseStage stage, ClockKind clock, Kind kind,
		LocalDate dueOn, OffsetDateTime raisedAt) {

	public enum Kind {
		DUE_SOON, OVERDUE
	}
}
