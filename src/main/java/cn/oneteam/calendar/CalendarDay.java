package cn.oneteam.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What the official calendar says of one date. */
public record CalendarDay(LocalDate date, boolean workingDay, @Nullable Holiday holiday, boolean makeUpWorkday) {
}
