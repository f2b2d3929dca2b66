package cn.oneteam.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.TransactionEnd;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loaded year schedules in {@code calendar_year} and {@code calendar_special_day}. Every deadline reads them, so a
 * year's schedule is kept in memory for {@link #FRESH}: a year loaded by this instance is read again after its commit,
 * one loaded by another instance sharing the database at most {@code oneteam.calendar.schedule-fresh} later (default a
 * minute; docs/adr/0018-statutory-periods.md).
 */
@Repository
class ScheduleRepository {

	private record Kept(Optional<YearSchedule> schedule, long readAt) {
	}

	private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();

	private static final String HOLIDAY = "HOLIDAY";

	private static final String MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY";

	private final JdbcClient jdbc;

	private final long freshNanos;

	ScheduleRepository(JdbcClient jdbc, @Value("${oneteam.calendar.schedule-fresh:PT1M}") Duration fresh) {
		this.jdbc = jdbc;
		this.freshNanos = fresh.toNanos();
	}

	Optional<YearSchedule> find(int year) {
		long now = System.nanoTime();
		Kept k = kept.get(year);
		if (k == null || now - k.readAt() >= freshNanos) {
			k = new Kept(read(year), now);
			kept.put(year, k);
		}
		return k.schedule();
	}

	private Optional<YearSchedule> read(int year) {
		if (!exists(year)) {
			return Optional.empty();
		}
		Map<LocalDate, Holiday> holidays = new HashMap<>();
		Map<LocalDate, Holiday> workdays = new HashMap<>();
		jdbc.sql("select day, kind, name_en, name_zh, holiday_days from calendar_special_day where year = ?")
			.param(year)
			.query(rs -> {
				Holiday holiday = new Holiday(rs.getString("name_en"), rs.getString("name_zh"), rs.getInt("holiday_days"));
				LocalDate day = rs.getObject("day", LocalDate.class);
				(HOLIDAY.equals(rs.getString("kind")) ? holidays : workdays).put(day, holiday);
			});
		return Optional.of(new YearSchedule(year, holidays, workdays));
	}

	boolean exists(int year) {
		return jdbc.sql("select count(*) from calendar_year where year = ?").param(year).query(Integer.class).single() > 0;
	}

	/** Replaces the year's schedule; the caller holds the transaction. */
	void replace(YearSchedule schedule, String source, String loadedBy, OffsetDateTime at) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(7_000_000L + schedule.year()).query(Object.class).single();
		kept.remove(schedule.year());
		TransactionEnd.then(() -> kept.remove(schedule.year()));
		jdbc.sql("delete from calendar_special_day where year = ?").param(schedule.year()).update();
		jdbc.sql("""
				insert into calendar_year (year, source, loaded_at, loaded_by) values (?, ?, ?, ?)
				on conflict (year) do update set source = excluded.source, loaded_at = excluded.loaded_at,
				loaded_by = excluded.loaded_by""")
			.params(schedule.year(), source, at, loadedBy)
			.update();
		schedule.holidays().forEach((day, holiday) -> insert(schedule.year(), day, HOLIDAY, holiday));
		schedule.makeUpWorkdays().forEach((day, holiday) -> insert(schedule.year(), day, MAKE_UP_WORKDAY, holiday));
	}

	void recordUpload(int year, String document, String uploadedBy, OffsetDateTime at) {
		jdbc.sql("insert into calendar_upload (year, document, uploaded_by, uploaded_at) values (?, ?::jsonb, ?, ?)")
			.params(year, document, uploadedBy, at)
			.update();
	}

	List<LoadedYear> loadedYears() {
		return jdbc.sql("""
				select y.year, y.source, y.loaded_at, y.loaded_by,
				  count(*) filter (where d.kind = 'HOLIDAY') as holidays,
				  count(*) filter (where d.kind = 'MAKE_UP_WORKDAY') as workdays
				from calendar_year y left join calendar_special_day d on d.year = y.year
				group by y.year order by y.year desc""")
			.query((rs, n) -> new LoadedYear(rs.getInt("year"), rs.getString("source"),
					ChinaTime.local(rs.getObject("loaded_at", OffsetDateTime.class)), rs.getString("loaded_by"), rs.getInt("holidays"),
					rs.getInt("workdays")))
			.list();
	}

	private void insert(int year, LocalDate day, String kind, Holiday holiday) {
		jdbc.sql("""
				insert into calendar_special_day (day, year, kind, name_en, name_zh, holiday_days)
				values (?, ?, ?, ?, ?, ?)""")
			.params(day, year, kind, holiday.nameEn(), holiday.nameZh(), holiday.days())
			.update();
	}
}
