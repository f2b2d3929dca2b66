package cn.oneteam.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's schedule is read once and kept (docs/adr/0018-statutory-periods.md): what another instance writes is seen
 * after the freshness period, what this instance loads at once after its commit.
 */
class ScheduleKeptInMemoryTests extends IntegrationTest {

	private static final int YEAR = 2041;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@AfterEach
	void unload() {
		jdbc.sql("delete from calendar_special_day where year = ?").param(YEAR).update();
		jdbc.sql("delete from calendar_year where year = ?").param(YEAR).update();
	}

	@Test
	void aYearIsReadOnceAndReadAgainAfterItsOwnLoadOrTheFreshnessPeriod() throws Exception {
		ScheduleRepository kept = new ScheduleRepository(jdbc, Duration.ofMinutes(1));
		ScheduleRepository brief = new ScheduleRepository(jdbc, Duration.ofSeconds(2));
		assertThat(kept.find(YEAR)).isEmpty();

		// another instance loads the year: the kept answer stands until it is a period old
		load(new ScheduleRepository(jdbc, Duration.ZERO), LocalDate.of(YEAR, 1, 1));
		assertThat(brief.find(YEAR)).isPresent();
		assertThat(kept.find(YEAR)).as("kept for a minute").isEmpty();

		// this instance loads it again: read afresh once the load commits
		load(kept, LocalDate.of(YEAR, 1, 2));
		assertThat(kept.find(YEAR)).hasValueSatisfying(s -> assertThat(s.holidays()).containsOnlyKeys(LocalDate.of(YEAR, 1, 2)));
		assertThat(brief.find(YEAR)).hasValueSatisfying(s -> assertThat(s.holidays()).isNotEmpty());
		jdbc.sql("delete from calendar_special_day where year = ?").param(YEAR).update();
		jdbc.sql("delete from calendar_year where year = ?").param(YEAR).update();
		assertThat(kept.find(YEAR)).as("the removal by SQL is not seen within the minute").isPresent();
		Thread.sleep(2_100);
		assertThat(brief.find(YEAR)).as("read again after its period").isEmpty();
		assertThat(kept.find(YEAR)).isPresent();
	}

	private void load(ScheduleRepository repository, LocalDate holiday) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> repository.replace(
				new YearSchedule(YEAR, Map.of(holiday, new Holiday("New Year's Day", "元旦", 1)), Map.of()), "test",
				"test", OffsetDateTime.now(ChinaTime.ZONE)));
	}
}
