package bench.flowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The official working-day calendar: State Council holidays and make-up workdays, from the calendar file OneTeam ships
 * (the build copies it into this jar's {@code calendar/}); a small implementation of the peer's own.
 */
final class WorkingDays {

	static final String FILE = "/calendar/cn-official-calendar-2004-2026.json";

	private final Set<LocalDate> holidays = new HashSet<>();

	private final Set<LocalDate> workdays = new HashSet<>();

	WorkingDays(ObjectMapper json) {
		try (InputStream in = WorkingDays.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " missing from the peer's jar");
			}
			JsonNode calendar = json.readTree(in);
			calendar.get("holidays").fieldNames().forEachRemaining(d -> holidays.add(LocalDate.parse(d)));
			calendar.get("workdays").fieldNames().forEachRemaining(d -> workdays.add(LocalDate.parse(d)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	boolean isWorkingDay(LocalDate day) {
		if (workdays.contains(day)) {
			return true;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/** The day a period of {@code n} working days counted from the day after {@code start} ends. */
	LocalDate plus(LocalDate start, int n) {
		LocalDate day = start;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}
}
