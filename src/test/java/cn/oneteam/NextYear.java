package cn.oneteam;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import cn.oneteam.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 2027 for the tests that run late in December 2026, before its schedule is published (the shipped calendar ends
 * with 2026): the schedule they publish, their fixed clock, and the removal that leaves the shared test database as
 * they found it.
 */
public final class NextYear {

	/** 2027 as the tests publish it: New Year's Day on Friday 1 January. */
	public static final String SCHEDULE_2027 = """
			{"holidays": {"2027-01-01": "New Year's Day,元旦,1"}, "workdays": {}}""";

	private NextYear() {
	}

	/** A clock standing still at the given moment, in Asia/Shanghai. */
	public static Clock fixedAt(OffsetDateTime now) {
		return Clock.fixed(Instant.from(now), ChinaTime.ZONE);
	}

	/** Removes 2027 again from the test database every test shares. */
	public static void unload2027() {
		JdbcClient jdbc = JdbcClient.create(TestDatabase.postgres().getPostgresDatabase());
		jdbc.sql("delete from calendar_special_day where year = 2027").update();
		jdbc.sql("delete from calendar_upload where year = 2027").update();
		jdbc.sql("delete from calendar_year where year = 2027").update();
	}
}
