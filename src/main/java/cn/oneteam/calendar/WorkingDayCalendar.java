package cn.oneteam.calendar;

import java.time.LocalDate;
import java.util.Optional;

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

	/**
	 * The day where its year's schedule is loaded; empty where it is not yet, so that a caller accepts the day as
	 * provisional and checks it again on {@link CalendarYearLoaded} rather than refusing it (issue 11 §8).
	 */
	public Optional<CalendarDay> loadedDay(LocalDate date) {
		return schedules.find(date.getYear()).isPresent() ? Optional.of(day(date)) : Optional.empty();
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

	/**
	 * The {@code days}-th working day after {@code from}; where the count reaches a year whose schedule is not loaded
	 * yet, that year's weekends only are rest days and the deadline is provisional.
	 */
	public Deadline workingDaysAfter(LocalDate from, int days) {
		OfficialCalendar calendar = new OfficialCalendar(schedules::find, true);
		LocalDate due = calendar.addWorkingDays(from, days);
		return new Deadline(due, calendar.provisional());
	}

	/** End of a {@code days}-day calendar period, moved off rest days; provisional as for working days. */
	public Deadline daysAfter(LocalDate from, int days) {
		OfficialCalendar calendar = new OfficialCalendar(schedules::find, true);
		LocalDate due = calendar.periodEnd(from, days);
		return new Deadline(due, calendar.provisional());
	}

	/**
	 * End of a {@code months}-month period (行政诉讼法 §46: six months; 强制法 §53: three months), moved off rest days;
	 * provisional as for working days.
	 */
	public Deadline monthsAfter(LocalDate from, int months) {
		OfficialCalendar calendar = new OfficialCalendar(schedules::find, true);
		LocalDate due = calendar.monthsEnd(from, months);
		return new Deadline(due, calendar.provisional());
	}

	/** Working days after {@code after} up to and including {@code through}; provisional years count weekdays. */
	public int workingDaysBetween(LocalDate after, LocalDate through) {
		OfficialCalendar calendar = new OfficialCalendar(schedules::find, true);
		int days = 0;
		for (LocalDate d = after.plusDays(1); !d.isAfter(through); d = d.plusDays(1)) {
			if (calendar.isWorkingDay(d)) {
				days++;
			}
		}
		return days;
	}

	private OfficialCalendar calendar() {
		return new OfficialCalendar(schedules::find);
	}
}
