package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 期限: one statutory period of a case: when it started, its length, approved extensions and units paused, its due
 * date (provisional while the calendar of the year it reaches is not loaded), its state, and every move of the due
 * date.
 */
public record CaseClock(long id, long caseId, ClockKind kind, ClockKind.ClockUnit unit, LocalDate startedOn,
		int lengthUnits, int extendedUnits, int pausedUnits, @Nullable LocalDate pausedSince, LocalDate dueOn,
		@Nullable OffsetDateTime dueAt, boolean provisional, State state, @Nullable LocalDate endedOn,
		List<Move> moves) {

	/** Whether it ran past its due date, ended or not, as of {@code today}. */
	public boolean overdue(LocalDate today) {
		LocalDate reference = endedOn != null ? endedOn : today;
		return state != State.CANCELLED && reference.isAfter(dueOn);
	}

	public enum State {
		RUNNING, PAUSED, MET, LAPSED, CANCELLED
	}

	/** A move of the due date and why: SUSPENSION, HEARING, TESTING, EXTENSION, CALENDAR. */
	public record Move(String reason, LocalDate previousDue, LocalDate newDue, OffsetDateTime movedAt) {
	}
}
