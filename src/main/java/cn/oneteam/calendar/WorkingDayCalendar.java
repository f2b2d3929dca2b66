package cn.oneteam.calendar;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作日历: answers whether a date is a working day and computes statutory periods on the official calendar.
 * Other modules compute every deadline through it.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

	private final ScheduleRepository schedules;

	WorkingDayCalendar(ScheduleRepository schedules) {
		this.schedules = schedules;
	}

	public CalendarDay day(LocalDate date) {
		return calendar().day(date);
	}

	public boolean isWorkingDay(LocalDate date) {
		return calendar().isWorkingDay(date);
	}

	/** The n-th working day after {@code from} (处罚法 §85 "日" periods of up to seven days; 强制法 §69). */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		return calendar().addWorkingDays(from, days);
	}

	/** End of an n-day calendar period counted from the day after {@code from}, moved to a working day. */
	public LocalDate periodEnd(LocalDate from, int days) {
		return calendar().periodEnd(from, days);
	}

	private OfficialCalendar calendar() {
		return new OfficialCalendar(schedules::find);
	}
}
