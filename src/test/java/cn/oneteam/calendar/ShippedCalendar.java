package cn.oneteam.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * The official calendar as shipped (the holidays and make-up workdays of 2004–2026), without a database: for pure
 * tests of other modules that count working days (docs/legal/time.md).
 */
public final class ShippedCalendar {

	private static final OfficialCalendar CALENDAR;

	static {
		try (InputStream in = new ClassPathResource(CalendarManagement.SHIPPED).getInputStream()) {
			Map<Integer, YearSchedule> years = ScheduleDocument.parseYears(in.readAllBytes());
			CALENDAR = new OfficialCalendar(year -> Optional.ofNullable(years.get(year)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ShippedCalendar() {
	}

	/** The {@code days}-th working day after {@code from}, as {@link WorkingDayCalendar#addWorkingDays} counts it. */
	public static LocalDate addWorkingDays(LocalDate from, int days) {
		return CALENDAR.addWorkingDays(from, days);
	}

	public static boolean isWorkingDay(LocalDate day) {
		return CALENDAR.isWorkingDay(day);
	}
}
