package cn.oneteam.calendar;

import java.time.LocalDate;

/**
 * A statutory period's last day. Provisional when the count ran into a year whose official schedule is not loaded
 * yet (counted with weekends only); such a deadline is recomputed when that year is loaded ({@link CalendarYearLoaded}).
 */
public record Deadline(LocalDate date, boolean provisional) {
}
