package cn.oneteam.casehandling;

import cn.oneteam.casehandling.procedure.Clocks;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statutory clocks on the official calendar (docs/legal/time.md): working-day periods skip holidays and count make-up
 * workdays; calendar-day periods ending on a rest day end on the next working day — a make-up Saturday included;
 * a pause moves a working-day period by the working days it stood still and a calendar-day period by every day.
 */
class ClockTests extends CaseApiTest {

	@Autowired
	Clocks clocks;

	@Autowired
	TransactionTemplate tx;

	private long caseId;

	private long aCase() throws Exception {
		if (caseId == 0) {
			caseId = clue("ORGANISATION", "期限测试", "2026-06-01");
		}
		return caseId;
	}

	@ParameterizedTest
	@CsvSource({
			// 5 WD across 国庆: 8, 9 Oct, make-up Sat 10 Oct, 12, 13 Oct
			"NOTICE_RESPONSE, 2026-09-30, 2026-10-13, false",
			// 5 WD across 春节: 13 Feb, make-up Sat 14 Feb, then 24–26 Feb
			"HEARING_REQUEST, 2026-02-12, 2026-02-26, false",
			// 7 WD across 劳动节 with make-up Sat 9 May
			"SERVICE, 2026-04-30, 2026-05-13, false",
			// 15 days end on 1 Oct (国庆): the first working day after is Thu 8 Oct
			"PAYMENT, 2026-09-16, 2026-10-08, false",
			// 15 days end on Sat 10 Oct, a make-up workday: the period ends that Saturday
			"PAYMENT, 2026-09-25, 2026-10-10, false",
			// 90 days end on Sun 31 May: Mon 1 June
			"DECISION, 2026-03-02, 2026-06-01, false",
			// 15 WD into 2027, whose schedule is not loaded: weekends only, provisional
			"CLOSING, 2026-12-20, 2027-01-08, true" })
	void dueDates(ClockKind kind, LocalDate start, LocalDate due, boolean provisional) throws Exception {
		long id = aCase();
		CaseClock clock = tx.execute(s -> clocks.start(id, kind, start, OffsetDateTime.now()));
		assertThat(clock.dueOn()).isEqualTo(due);
		assertThat(clock.provisional()).isEqualTo(provisional);
	}

	@Test
	void hourClockCountsFromTheMoment() throws Exception {
		long id = aCase();
		OffsetDateTime approved = OffsetDateTime.parse("2026-06-01T10:15:00+08:00");
		CaseClock send = tx.execute(s -> clocks.start(id, ClockKind.TRANSFER_SEND, approved.toLocalDate(), approved));
		assertThat(ChinaTime.local(send.dueAt())).isEqualTo(OffsetDateTime.parse("2026-06-02T10:15:00+08:00"));
		assertThat(send.dueOn()).isEqualTo(LocalDate.of(2026, 6, 2));
	}

	/** Paused 24 Sep – 9 Oct 2026 (中秋 and 国庆 inside): 5 working days, 15 calendar days. */
	@ParameterizedTest
	@CsvSource({ "REVIEW, 2026-09-21, 2026-10-12, 5, 2026-10-19", "DECISION, 2026-08-01, 2026-10-30, 15, 2026-11-16" })
	void pauseAcrossHolidays(ClockKind kind, LocalDate start, LocalDate due, int paused, LocalDate moved)
			throws Exception {
		long id = aCase();
		CaseClock clock = tx.execute(s -> clocks.start(id, kind, start, OffsetDateTime.now()));
		assertThat(clock.dueOn()).isEqualTo(due);
		CaseClock resumed = tx.execute(s -> {
			clocks.pause(clock, LocalDate.of(2026, 9, 24));
			CaseClock pausedClock = clocks.of(id).stream().filter(c -> c.id() == clock.id()).findFirst().orElseThrow();
			assertThat(pausedClock.state()).isEqualTo(CaseClock.State.PAUSED);
			clocks.resume(pausedClock, LocalDate.of(2026, 10, 9), "SUSPENSION", OffsetDateTime.now(), 0);
			return clocks.of(id).stream().filter(c -> c.id() == clock.id()).findFirst().orElseThrow();
		});
		assertThat(resumed.pausedUnits()).isEqualTo(paused);
		assertThat(resumed.dueOn()).isEqualTo(moved);
		assertThat(resumed.state()).isEqualTo(CaseClock.State.RUNNING);
		assertThat(resumed.moves()).singleElement().satisfies(m -> {
			assertThat(m.reason()).isEqualTo("SUSPENSION");
			assertThat(m.previousDue()).isEqualTo(due);
			assertThat(m.newDue()).isEqualTo(moved);
		});
	}
}
