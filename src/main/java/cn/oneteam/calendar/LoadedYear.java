package cn.oneteam.calendar;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A year whose official schedule is loaded, with where it came from. */
public record LoadedYear(int year, String source, OffsetDateTime loadedAt, @Nullable String loadedBy, int holidays,
		int makeUpWorkdays) {
}
