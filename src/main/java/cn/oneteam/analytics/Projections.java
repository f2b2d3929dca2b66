package cn.oneteam.analytics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' projections (docs/adr/0050-dashboards-and-projections.md): one fact row per item with what it adds
 * to the counters, and the counters per day, township, body and measure. {@link #refresh} brings one item up to date
 * from its record and applies the difference to the counters, in one transaction, so that an event delivered twice,
 * late or out of order changes nothing more; {@link #rebuild} recounts everything from the records (tests, the bench,
 * an operator after a repair).
 */
@Service
public class Projections {

	/** The kinds of item the dashboards count. */
	public enum Kind {
		CASE, EVENT, WHISTLE, VISIT
	}

	/** What a recount wrote: fact rows and counter rows. */
	public record Rebuilt(long facts, long counters) {
	}

	/** A contribution as JSON, in a fixed order so that an unchanged item compares equal. */
	private static final String AS_JSON = """
			select coalesce(jsonb_agg(jsonb_build_object('division', division, 'body', body, 'measure', measure,
			  'dim', dim, 'day', day, 'n', n, 'amount', amount) order by division, body, measure, dim, day), '[]'::jsonb)
			from (%s) s""";

	/** The rows of a contributions array. */
	private static final String ROWS = """
			select x->>'division' as division, (x->>'body')::bigint as body, x->>'measure' as measure,
			  x->>'dim' as dim, (x->>'day')::date as day, (x->>'n')::bigint as n, (x->>'amount')::numeric as amount
			from jsonb_array_elements(cast(%s as jsonb)) x""";

	/**
	 * The counter tables, each with its period: the day, and its month (docs/adr/0050-dashboards-and-projections.md,
	 * "Scale: what was measured"). A refresh updates them in this order, each in key order, so two refreshes never
	 * wait for each other in a cycle.
	 */
	enum Counters {
		DAY("analytics_counter", "day", "%s"),
		MONTH("analytics_counter_month", "month", "%1$s - extract(day from %1$s)::int + 1");

		private final String table;

		private final String period;

		private final String ofDay;

		Counters(String table, String period, String ofDay) {
			this.table = table;
			this.period = period;
			this.ofDay = ofDay;
		}

		/** Adds new − old per key (deleting the counters that fall to zero). */
		void apply(JdbcClient jdbc, String old, String current) {
			jdbc.sql("""
					insert into %1$s as c (division_code, %2$s, body_id, measure, dim, n, amount)
					select division, %3$s, body, measure, dim, sum(n), sum(amount) from (
					  %4$s
					  union all
					  select division, body, measure, dim, day, -n, -amount from (%5$s) o) d
					group by 1, 2, 3, 4, 5 having sum(n) <> 0 or sum(amount) <> 0
					order by 1, 2, 3, 4, 5
					on conflict (division_code, %2$s, body_id, measure, dim)
					do update set n = c.n + excluded.n, amount = c.amount + excluded.amount"""
				.formatted(table, period, ofDay.formatted("day"), ROWS.formatted(":current"), ROWS.formatted(":old")))
				.param("current", current)
				.param("old", old)
				.update();
			jdbc.sql("""
					delete from %1$s c using (%4$s) o
					where c.division_code = o.division and c.%2$s = %3$s and c.body_id = o.body and c.measure = o.measure
					  and c.dim = o.dim and c.n = 0 and c.amount = 0"""
				.formatted(table, period, ofDay.formatted("o.day"), ROWS.formatted(":old")))
				.param("old", old)
				.update();
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Projections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Brings one item's fact up to date from its record and adds the difference to the counters. The fact row is
	 * locked first, so two deliveries for the same item run one after the other; and the table lock a recount takes
	 * conflicts with it, so a refresh never interleaves with a recount.
	 */
	@Transactional
	public void refresh(Kind kind, long itemId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into analytics_fact (kind, item_id, contributions, refreshed_at) values (?, ?, '[]', ?)
				on conflict do nothing""").params(kind.name(), itemId, now).update();
		String old = jdbc.sql("select contributions::text from analytics_fact where kind = ? and item_id = ? for update")
			.params(kind.name(), itemId)
			.query(String.class)
			.single();
		// "all" as a literal: a prepared statement's generic plan for ":all or id = any(:ids)" scans the whole table,
		// seconds per refresh at a province's size (docs/adr/0050-dashboards-and-projections.md, "Scale: what was
		// measured")
		String current = jdbc.sql(AS_JSON.formatted(ProjectionSources.SOURCES.get(kind).replace(":all", "false")))
			.param("ids", new Long[] { itemId })
			.param("today", ChinaTime.local(now).toLocalDate())
			.query(String.class)
			.single();
		if (!old.equals(current)) {
			for (Counters counters : Counters.values()) {
				counters.apply(jdbc, old, current);
			}
		}
		if ("[]".equals(current)) {
			jdbc.sql("delete from analytics_fact where kind = ? and item_id = ?").params(kind.name(), itemId).update();
		}
		else {
			jdbc.sql("update analytics_fact set contributions = cast(? as jsonb), refreshed_at = ? where kind = ? and item_id = ?")
				.params(current, now, kind.name(), itemId)
				.update();
		}
	}

	/**
	 * Recounts every fact and counter (per day, then per month from the days) from the records, in one transaction
	 * that locks the tables against the listeners (they wait and then apply their difference to the recounted state).
	 * For the bench and the tests; an administrator calls it through
	 * {@code POST /api/v1/analytics/projections/rebuild}.
	 */
	@Transactional
	public Rebuilt rebuild() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("lock table analytics_fact, analytics_counter, analytics_counter_month in exclusive mode").update();
		jdbc.sql("delete from analytics_counter_month").update();
		jdbc.sql("delete from analytics_counter").update();
		jdbc.sql("delete from analytics_fact").update();
		Map<Kind, Long> facts = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			facts.put(kind, (long) jdbc.sql("""
					insert into analytics_fact (kind, item_id, contributions, refreshed_at)
					select :kind, item_id, jsonb_agg(jsonb_build_object('division', division, 'body', body,
					  'measure', measure, 'dim', dim, 'day', day, 'n', n, 'amount', amount)
					  order by division, body, measure, dim, day), :now
					from (%s) s group by item_id""".formatted(ProjectionSources.SOURCES.get(kind)))
				.param("kind", kind.name())
				.param("now", now)
				.param("all", true)
				.param("ids", new Long[0])
				.param("today", ChinaTime.local(now).toLocalDate())
				.update());
		}
		long counters = jdbc.sql("""
				insert into analytics_counter (division_code, day, body_id, measure, dim, n, amount)
				select division, day, body, measure, dim, sum(n), sum(amount)
				from analytics_fact f, lateral (%s) r
				group by division, day, body, measure, dim""".formatted(ROWS.formatted("f.contributions")))
			.update();
		jdbc.sql("""
				insert into analytics_counter_month (division_code, month, body_id, measure, dim, n, amount)
				select division_code, %s, body_id, measure, dim, sum(n), sum(amount)
				from analytics_counter group by 1, 2, 3, 4, 5""".formatted(Counters.MONTH.ofDay.formatted("day")))
			.update();
		return new Rebuilt(facts.values().stream().mapToLong(Long::longValue).sum(), counters);
	}
}
