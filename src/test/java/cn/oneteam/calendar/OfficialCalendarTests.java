package cn.oneteam.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Working-day arithmetic on the real shipped calendar (docs/legal/time.md). */
class OfficialCalendarTests {

	private static Map<Integer, YearSchedule> shipped;

	private final OfficialCalendar calendar = new OfficialCalendar(year -> Optional.ofNullable(shipped.get(year)));

	@BeforeAll
	static void loadShippedCalendar() throws IOException {
		try (InputStream in = new ClassPathResource(CalendarManagement.SHIPPED).getInputStream()) {
			shipped = ScheduleDocument.parseYears(in.readAllBytes());
		}
	}

	@Test
	void shipsEveryYearFrom2004To2026() {
		assertThat(shipped.keySet()).hasSize(23).contains(2004, 2026).doesNotContain(2027);
	}

	@ParameterizedTest(name = "{0}: working day {1}")
	@CsvSource({ "2026-02-13, true", // Friday before the Spring Festival
			"2026-02-14, true", // Saturday make-up workday
			"2026-02-15, false", // Spring Festival holiday (a Sunday)
			"2026-02-23, false", // last day of the holiday (a Monday)
			"2026-02-24, true", // back to work
			"2026-02-28, true", // Saturday make-up workday
			"2026-03-01, false", // ordinary Sunday
			"2026-09-20, true", // Sunday make-up workday before National Day
			"2026-10-01, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true", // Saturday make-up
			"2026-10-11, false", // ordinary Sunday
			"2026-11-28, false" // ordinary Saturday
	})
	void knowsWorkingDays(LocalDate date, boolean working) {
		assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@Test
	void describesHolidaysAndMakeUpWorkdays() {
		CalendarDay nationalDay = calendar.day(LocalDate.of(2026, 10, 1));
		assertThat(nationalDay.workingDay()).isFalse();
		assertThat(nationalDay.holiday()).isNotNull();
		assertThat(nationalDay.holiday().nameZh()).isEqualTo("国庆节");
		assertThat(nationalDay.holiday().nameEn()).isEqualTo("National Day");
		assertThat(nationalDay.makeUpWorkday()).isFalse();

		CalendarDay makeUp = calendar.day(LocalDate.of(2026, 10, 10));
		assertThat(makeUp.workingDay()).isTrue();
		assertThat(makeUp.holiday()).isNull();
		assertThat(makeUp.makeUpWorkday()).isTrue();
	}

	@ParameterizedTest(name = "{1} working days after {0} is {2}")
	@CsvSource({ "2026-02-12, 1, 2026-02-13", // the start day is not counted
			"2026-02-13, 1, 2026-02-14", // the make-up Saturday counts
			"2026-02-14, 1, 2026-02-24", // the whole Spring Festival is skipped
			"2026-02-13, 7, 2026-03-02", // 14th, 24th, 25th, 26th, 27th, 28th (Sat), 2 March
			"2026-09-19, 1, 2026-09-20", // the make-up Sunday counts
			"2026-09-24, 1, 2026-09-28", // Mid-Autumn 25–27 September skipped
			"2026-09-30, 1, 2026-10-08", // National Day skipped
			"2026-09-30, 5, 2026-10-13", // 8th, 9th, 10th (Sat make-up), 12th, 13th
			"2026-10-09, 1, 2026-10-10" })
	void addsWorkingDays(LocalDate from, int days, LocalDate expected) {
		assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{1}-day period from {0} ends {2}")
	@CsvSource({ "2026-09-15, 15, 2026-09-30", // last day is a working day
			"2026-09-16, 15, 2026-10-08", // last day 1 October: moved past the whole holiday
			"2026-09-10, 10, 2026-09-20", // last day a make-up Sunday: a working day, not moved
			"2026-02-01, 13, 2026-02-14", // last day a make-up Saturday
			"2026-02-01, 14, 2026-02-24", // last day 15 February, a holiday
			"2026-11-13, 15, 2026-11-30" // last day Saturday 28 November: moved to Monday
	})
	void endsCalendarPeriodsOnWorkingDays(LocalDate from, int days, LocalDate expected) {
		assertThat(calendar.periodEnd(from, days)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, OfficialCalendar.MAX_DAYS + 1 })
	void rejectsDayCountsOutOfRange(int days) {
		LocalDate from = LocalDate.of(2026, 3, 2);
		assertThatThrownBy(() -> calendar.addWorkingDays(from, days)).isInstanceOf(CalendarViolation.class)
			.hasMessage("calendar.days-out-of-range");
		assertThatThrownBy(() -> calendar.periodEnd(from, days)).isInstanceOf(CalendarViolation.class)
			.hasMessage("calendar.days-out-of-range");
	}

	@Test
	void acceptsTheLongestPeriod() {
		assertThat(calendar.periodEnd(LocalDate.of(2004, 1, 1), OfficialCalendar.MAX_DAYS))
			.isEqualTo(LocalDate.of(2014, 1, 8)); // a Wednesday
	}

	@Test
	void refusesToGuessAYearThatIsNotLoaded() {
		assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 25), 10))
			.isInstanceOfSatisfying(CalendarViolation.class, violation -> {
				assertThat(violation.code()).isEqualTo("calendar.year-not-loaded");
				assertThat(violation.arguments()).containsExactly("2027");
			});
		assertThatThrownBy(() -> calendar.day(LocalDate.of(2003, 6, 2))).isInstanceOf(CalendarViolation.class)
			.hasMessage("calendar.year-not-loaded");
	}

	@Test
	void periodsInsideALoadedYearDoNotNeedTheNext() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 4)).isEqualTo(LocalDate.of(2026, 12, 30));
	}
}
