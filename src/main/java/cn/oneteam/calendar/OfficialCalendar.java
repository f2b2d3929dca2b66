package cn.oneteam.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic on the official calendar. A year without a loaded schedule is an error, never a guess,
 * unless the caller asks for a provisional answer: then that year counts weekends only and the answer says it is
 * provisional, to be recomputed once the State Council's schedule is loaded. Periods follow docs/legal/time.md: the start day is not counted (docs/legal/time.md#counting-periods); working-day periods skip weekends and
 * holidays and count make-up workdays (docs/legal/time.md#working-days-penalty-law, docs/legal/time.md#working-days-coercion-law); a calendar-day period whose last day is not a working day ends on
 * the next working day (docs/legal/time.md#counting-periods).
 */
final class OfficialCalendar {

	/** Longest period the calendar computes, in days (ten years): longer requests are mistakes. */
	static final int MAX_DAYS = 3660;

	private final IntFunction<Optional<YearSchedule>> schedules;

	private final Map<Integer, Optional<YearSchedule>> loaded = new HashMap<>();

	private final boolean provisionalWhereMissing;

	private boolean provisional;

	OfficialCalendar(IntFunction<Optional<YearSchedule>> schedules) {
		this(schedules, false);
	}

	OfficialCalendar(IntFunction<Optional<YearSchedule>> schedules, boolean provisionalWhereMissing) {
		this.schedules = schedules;
		this.provisionalWhereMissing = provisionalWhereMissing;
	}

	/** Whether an answer so far counted a year without a loaded schedule as weekends only. */
	boolean provisional() {
		return provisional;
	}

	CalendarDay day(LocalDate date) {
		YearSchedule schedule = scheduleOf(date.getYear())
			.orElseThrow(() -> new CalendarViolation("calendar.year-not-loaded", date.getYear()));
		Holiday holiday = schedule.holidays().get(date);
		return new CalendarDay(date, schedule.isWorkingDay(date), holiday,
				schedule.makeUpWorkdays().containsKey(date));
	}

	boolean isWorkingDay(LocalDate date) {
		Optional<YearSchedule> schedule = scheduleOf(date.getYear());
		if (schedule.isEmpty()) {
			provisional = true;
			return !YearSchedule.isWeekend(date);
		}
		return schedule.get().isWorkingDay(date);
	}

	/** The {@code days}-th working day after {@code from}; {@code from} itself is not counted (docs/legal/time.md). */
	LocalDate addWorkingDays(LocalDate from, int days) {
		requireDays(days);
		LocalDate date = from;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/** End of a {@code days}-day calendar period starting the day after {@code from}, moved off rest days (docs/legal/time.md#counting-periods). */
	LocalDate periodEnd(LocalDate from, int days) {
		requireDays(days);
		return workingDayFrom(from.plusDays(days));
	}

	/** End of an n-month period: the same day of the n-th month after {@code from} (its last day if shorter), moved to a working day (docs/legal/time.md#counting-periods). */
	LocalDate monthsEnd(LocalDate from, int months) {
		if (months < 1 || months > MAX_DAYS / 31) {
			throw new CalendarViolation(CalendarViolation.BAD_REQUEST, "calendar.days-out-of-range", months, MAX_DAYS / 31);
		}
		return workingDayFrom(from.plusMonths(months));
	}

	/** The day itself if it is a working day, else the first working day after it (docs/legal/time.md#counting-periods). */
	private LocalDate workingDayFrom(LocalDate day) {
		LocalDate end = day;
		while (!isWorkingDay(end)) {
			end = end.plusDays(1);
		}
		return end;
	}

	private static void requireDays(int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new CalendarViolation(CalendarViolation.BAD_REQUEST, "calendar.days-out-of-range", days, MAX_DAYS);
		}
	}

	private Optional<YearSchedule> scheduleOf(int year) {
		Optional<YearSchedule> schedule = loaded.computeIfAbsent(year, schedules::apply);
		if (schedule.isEmpty() && !provisionalWhereMissing) {
			throw new CalendarViolation("calendar.year-not-loaded", year);
		}
		return schedule;
	}
}
