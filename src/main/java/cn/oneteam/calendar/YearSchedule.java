package cn.oneteam.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * 节假日安排: one year's official schedule. Holidays are rest days; make-up workdays (调休) are weekend days that
 * are worked. Every date lies inside the year, no date is both, and every make-up workday is a Saturday or Sunday.
 */
public record YearSchedule(int year, Map<LocalDate, Holiday> holidays, Map<LocalDate, Holiday> makeUpWorkdays) {

	/**
	 * At most this many rest days of holidays in a year, weekends inside a holiday period included: the shipped
	 * years 2004–2026 have 22 to 33 (13 statutory holidays a year since 2025, docs/legal/time.md#official-calendar and the State
	 * Council's 节假日安排); docs/adr/0012-bad-input.md.
	 */
	static final int MAX_HOLIDAYS = 45;

	/** At most this many make-up workdays (调休) in a year: the shipped years have 5 to 12. */
	static final int MAX_MAKE_UP_WORKDAYS = 15;

	public YearSchedule {
		if (year < 1949 || year > 2200) {
			throw new CalendarViolation("calendar.year-out-of-range", year);
		}
		if (holidays.isEmpty()) {
			throw new CalendarViolation("calendar.schedule-without-holidays", year);
		}
		if (holidays.size() > MAX_HOLIDAYS || makeUpWorkdays.size() > MAX_MAKE_UP_WORKDAYS) {
			throw new CalendarViolation("calendar.schedule-implausible", year, holidays.size(), makeUpWorkdays.size(),
					MAX_HOLIDAYS, MAX_MAKE_UP_WORKDAYS);
		}
		for (LocalDate date : holidays.keySet()) {
			requireInYear(year, date);
		}
		for (LocalDate date : makeUpWorkdays.keySet()) {
			requireInYear(year, date);
			if (holidays.containsKey(date)) {
				throw new CalendarViolation("calendar.date-both-holiday-and-workday", date);
			}
			if (!isWeekend(date)) {
				throw new CalendarViolation("calendar.workday-not-weekend", date);
			}
		}
		holidays = Map.copyOf(new TreeMap<>(holidays));
		makeUpWorkdays = Map.copyOf(new TreeMap<>(makeUpWorkdays));
	}

	private static void requireInYear(int year, LocalDate date) {
		if (date.getYear() != year) {
			throw new CalendarViolation("calendar.date-outside-year", date, year);
		}
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/** 工作日: a make-up workday, or a weekday that is not a holiday. */
	boolean isWorkingDay(LocalDate date) {
		if (holidays.containsKey(date)) {
			return false;
		}
		return makeUpWorkdays.containsKey(date) || !isWeekend(date);
	}
}
