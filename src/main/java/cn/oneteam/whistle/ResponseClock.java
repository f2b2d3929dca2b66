package cn.oneteam.whistle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;

/**
 * One clock of a summoned department: 报到 and 到场 in wall-clock minutes from the whistle (Beijing time), 办结 on
 * the official working-day calendar (due by the end of its last day; provisional where the count ran into a year not
 * loaded yet).
 */
public record ResponseClock(Kind kind, OffsetDateTime dueAt, @Nullable LocalDate dueOn, boolean provisional,
		@Nullable OffsetDateTime doneAt, Status status) {

	public enum Kind {
		/** 报到: the acknowledgement. */
		REPORT,
		/** 到场: arrival on site. */
		ARRIVE,
		/** 办结: the result reported. */
		RESOLVE
	}

	public enum Status {
		RUNNING, OVERDUE, ON_TIME, LATE
	}

	static ResponseClock of(Kind kind, OffsetDateTime dueAt, @Nullable LocalDate dueOn, boolean provisional,
			@Nullable OffsetDateTime doneAt, OffsetDateTime now) {
		Status status = doneAt != null ? (doneAt.isAfter(dueAt) ? Status.LATE : Status.ON_TIME)
				: now.isAfter(dueAt) ? Status.OVERDUE : Status.RUNNING;
		return new ResponseClock(kind, ChinaTime.local(dueAt), dueOn, provisional,
				doneAt == null ? null : ChinaTime.local(doneAt), status);
	}

	/** The end of a working-day deadline's last day, Beijing time: a result reported that day is on time. */
	static OffsetDateTime endOf(LocalDate dueOn) {
		return dueOn.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
	}

	/** What the three clocks of a department summoned at a moment are due at. */
	record Dues(OffsetDateTime reportDueAt, OffsetDateTime arriveDueAt, Deadline resolveDue) {

		static Dues of(OffsetDateTime raisedAt, ResponseRequirement requirement, WorkingDayCalendar calendar) {
			OffsetDateTime local = ChinaTime.local(raisedAt);
			return new Dues(local.plusMinutes(requirement.reportMinutes()),
					local.plusMinutes(requirement.arriveMinutes()),
					calendar.workingDaysAfter(local.toLocalDate(), requirement.resolveWorkingDays()));
		}
	}
}
