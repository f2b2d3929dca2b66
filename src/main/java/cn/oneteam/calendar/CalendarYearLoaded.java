package cn.oneteam.calendar;

/** A year's official schedule was loaded or replaced: deadlines counted across that year may move. */
public record CalendarYearLoaded(int year) {
}
