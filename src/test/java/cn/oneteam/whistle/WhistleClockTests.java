package cn.oneteam.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.oneteam.IntegrationTest;
import cn.oneteam.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clocks of a summoned department: minutes on the wall clock in Beijing time, working days on the official
 * calendar (2026 loaded: National Day 1–8 October, make-up working days Sunday 20 September and Saturday 10 October).
 */
class WhistleClockTests extends IntegrationTest {

	@Autowired
	WorkingDayCalendar calendar;

	@ParameterizedTest
	@CsvSource({
			// raised, report, arrive, resolve (working days) → report due, arrive due, resolve due
			"2026-09-30T16:50+08:00, 30, 120, 5, 2026-09-30T17:20+08:00, 2026-09-30T18:50+08:00, 2026-10-13",
			"2026-09-30T23:50+08:00, 30, 120, 1, 2026-10-01T00:20+08:00, 2026-10-01T01:50+08:00, 2026-10-08",
			"2026-10-09T15:00Z, 10, 30, 1, 2026-10-09T23:10+08:00, 2026-10-09T23:30+08:00, 2026-10-10",
			"2026-10-09T17:00Z, 10, 30, 1, 2026-10-10T01:10+08:00, 2026-10-10T01:30+08:00, 2026-10-12" })
	void minutesRunOnTheWallClockAndWorkingDaysOnTheCalendar(OffsetDateTime raised, int report, int arrive,
			int resolve, OffsetDateTime reportDue, OffsetDateTime arriveDue, LocalDate resolveDue) {
		ResponseClock.Dues dues = ResponseClock.Dues.of(raised, new ResponseRequirement(report, arrive, resolve),
				calendar);
		assertThat(dues.reportDueAt()).isEqualTo(reportDue);
		assertThat(dues.arriveDueAt()).isEqualTo(arriveDue);
		assertThat(dues.resolveDue().date()).isEqualTo(resolveDue);
		assertThat(dues.resolveDue().provisional()).isFalse();
	}

	@Test
	void aResolveDeadlineInAYearNotLoadedIsProvisional() {
		ResponseClock.Dues dues = ResponseClock.Dues.of(OffsetDateTime.parse("2041-12-30T10:00+08:00"),
				new ResponseRequirement(30, 120, 5), calendar);
		assertThat(dues.resolveDue().provisional()).isTrue();
		assertThat(dues.resolveDue().date()).isEqualTo(LocalDate.of(2042, 1, 6));
	}

	@Test
	void aClockIsOnTimeLateRunningOrOverdue() {
		OffsetDateTime due = OffsetDateTime.parse("2026-11-10T10:30+08:00");
		OffsetDateTime before = due.minusMinutes(1);
		OffsetDateTime after = due.plusMinutes(1);
		assertThat(ResponseClock.of(ResponseClock.Kind.REPORT, due, null, false, due, after).status())
			.isEqualTo(ResponseClock.Status.ON_TIME);
		assertThat(ResponseClock.of(ResponseClock.Kind.REPORT, due, null, false, after, after).status())
			.isEqualTo(ResponseClock.Status.LATE);
		assertThat(ResponseClock.of(ResponseClock.Kind.REPORT, due, null, false, null, before).status())
			.isEqualTo(ResponseClock.Status.RUNNING);
		assertThat(ResponseClock.of(ResponseClock.Kind.REPORT, due, null, false, null, after).status())
			.isEqualTo(ResponseClock.Status.OVERDUE);
		OffsetDateTime endOfDay = ResponseClock.endOf(LocalDate.of(2026, 10, 13));
		assertThat(endOfDay).isEqualTo(OffsetDateTime.parse("2026-10-14T00:00+08:00"));
		assertThat(ResponseClock.of(ResponseClock.Kind.RESOLVE, endOfDay, LocalDate.of(2026, 10, 13), false,
				OffsetDateTime.parse("2026-10-13T23:59+08:00"), endOfDay.plusDays(1)).status())
			.isEqualTo(ResponseClock.Status.ON_TIME);
	}
}
