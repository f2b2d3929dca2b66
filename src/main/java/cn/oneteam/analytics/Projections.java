package cn.oneteam.analytics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	/** The areas a contribution adds to above its township: its province, prefecture and county, as far as its place goes. */
	private static final String AREAS = "(select distinct left(%s, k) as code from unnest(array[2, 4, 6]) k)";

	/**
	 * The counter tables, each with its period (the day, or its month) and its key: per township and body, or per area
	 * without the body (docs/adr/0050-dashboards-and-projections.md, "Scale: what was measured"). A refresh updates
	 * them in this order, each in key order, so two refreshes never wait for each other in a cycle.
	 */
	enum Counters {
		DAY("analytics_counter", "day", "%s", true),
		MONTH("analytics_counter_month", "month", "%1$s - extract(day from %1$s)::int + 1", true),
		AREA_DAY("analytics_area_day", "day", "%s", false),
		AREA_MONTH("analytics_area_month", "month", "%1$s - extract(day from %1$s)::int + 1", false);

		private final String table;

		private final String period;

		private final String ofDay;

		private final boolean perBody;

		Counters(String table, String period, String ofDay, boolean perBody) {
			this.table = table;
			this.period = period;
			this.ofDay = ofDay;
			this.perBody = perBody;
		}

		/** The table's key columns, prefixed by an alias. */
		private String key(String alias) {
			return perBody ? "%1$sdivision_code, %1$s%2$s, %1$sbody_id, %1$smeasure, %1$sdim".formatted(alias, period)
					: "%1$sdivision_code, %1$s%2$s, %1$smeasure, %1$sdim".formatted(alias, period);
		}

		/**
		 * The rows {@code d} (columns division, body, measure, dim, day, n, amount) keyed as this table counts them,
		 * columns k1… then n and amount: per township and body, or once for each of their areas.
		 */
		private String keyed(String rows) {
			String period = ofDay.formatted("d.day");
			return perBody ? "select d.division as k1, %s as k2, d.body as k3, d.measure as k4, d.dim as k5, d.n, d.amount from (%s) d"
				.formatted(period, rows)
					: "select a.code as k1, %s as k2, d.measure as k3, d.dim as k4, d.n, d.amount from (%s) d cross join lateral %s a"
						.formatted(period, rows, AREAS.formatted("d.division"));
		}

		/** The key columns of {@link #keyed}. */
		private String keyColumns() {
			return perBody ? "k1, k2, k3, k4, k5" : "k1, k2, k3, k4";
		}

		/** Adds new − old per key (deleting the counters that fall to zero). */
		void apply(JdbcClient jdbc, String old, String current) {
			String difference = """
					%s
					union all
					select division, body, measure, dim, day, -n, -amount from (%s) o"""
				.formatted(ROWS.formatted(":current"), ROWS.formatted(":old"));
			jdbc.sql("""
					insert into %1$s as c (%2$s, n, amount)
					select %3$s, sum(n), sum(amount) from (%4$s) k
					group by %3$s having sum(n) <> 0 or sum(amount) <> 0
					order by %3$s
					on conflict (%2$s) do update set n = c.n + excluded.n, amount = c.amount + excluded.amount"""
				.formatted(table, key(""), keyColumns(), keyed(difference)))
				.param("current", current)
				.param("old", old)
				.update();
			jdbc.sql("delete from %1$s c using (%2$s) o where (%3$s) = (%4$s) and c.n = 0 and c.amount = 0"
				.formatted(table, keyed(ROWS.formatted(":old")), key("c."), keyColumns().replace("k", "o.k")))
				.param("old", old)
				.update();
		}

		/**
		 * Recounts this table from the counters written before it in the recount: the township month rollup and the
		 * areas' days from the day counters, the areas' months from the township month rollup.
		 */
		void recount(JdbcClient jdbc) {
			Counters from = this == AREA_MONTH ? MONTH : DAY;
			String rows = "select division_code as division, body_id as body, measure, dim, %s as day, n, amount from %s"
				.formatted(from.period, from.table);
			jdbc.sql("insert into %1$s (%2$s, n, amount) select %3$s, sum(n), sum(amount) from (%4$s) k group by %3$s order by %3$s"
				.formatted(table, key(""), keyColumns(), keyed(rows)))
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
		String old = null;
		while (old == null) {
			jdbc.sql("""
					insert into analytics_fact (kind, item_id, contributions, refreshed_at) values (?, ?, '[]', ?)
					on conflict do nothing""").params(kind.name(), itemId, now).update();
			// none when a concurrent refresh of the same item, which held the row, deleted it (the item counts nowhere):
			// insert it again
			old = jdbc.sql("select contributions::text from analytics_fact where kind = ? and item_id = ? for update")
				.params(kind.name(), itemId)
				.query(String.class)
				.optional()
				.orElse(null);
		}
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
	 * {@link #refresh} in a transaction of its own, for a caller that refreshes many items in one run (the overdue
	 * scan): each refresh takes its counters' rows in key order and releases them at once, so that it never waits in a
	 * cycle with a listener's refresh, which shares the province's and prefecture's rows of the areas' rollup.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refreshApart(Kind kind, long itemId) {
		refresh(kind, itemId);
	}

	/**
	 * Recounts every fact and counter (per day; the month and areas' rollups from them) from the records, in one
	 * transaction that locks the tables against the listeners (they wait and then apply their difference to the
	 * recounted state) and the dashboards.
	 * For the bench and the tests; an administrator calls it through
	 * {@code POST /api/v1/analytics/projections/rebuild}.
	 */
	@Transactional
	public Rebuilt rebuild() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<String> tables = new ArrayList<>(List.of("analytics_fact"));
		Arrays.stream(Counters.values()).forEach(c -> tables.add(c.table));
		// the recount replaces the tables' content: readers wait for it too (a dashboard gives up after its lock timeout).
		// Their secondary indexes are built again at the end, as their migrations define them, rather than kept up row
		// by row (minutes at a province's size, docs/adr/0050-dashboards-and-projections.md, "Recount")
		jdbc.sql("lock table %s in access exclusive mode".formatted(String.join(", ", tables))).update();
		jdbc.sql("set local work_mem = '256MB'").update();
		jdbc.sql("set local maintenance_work_mem = '256MB'").update();
		Map<String, String> indexes = new LinkedHashMap<>();
		jdbc.sql("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = current_schema() and i.tablename = any(:tables)
				  and not exists (select 1 from pg_constraint c where c.conindid = to_regclass(i.schemaname || '.' || i.indexname))
				order by i.tablename, i.indexname""")
			.param("tables", tables.toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getString("indexname"), rs.getString("indexdef")))
			.list()
			.forEach(index -> indexes.put(index.getKey(), index.getValue()));
		indexes.keySet().forEach(index -> jdbc.sql("drop index " + index).update());
		jdbc.sql("truncate " + String.join(", ", tables)).update();
		// every item's contributions once, then the facts and the day counters each from them
		// amount as the sources give it (0, not 0.00), so that a refresh finds an unchanged fact equal
		jdbc.sql("drop table if exists analytics_recount").update();
		jdbc.sql("""
				create temporary table analytics_recount (kind varchar(10), item_id bigint, division varchar(12),
				  body bigint, measure varchar(40), dim varchar(40), day date, n bigint, amount numeric)
				on commit drop""").update();
		for (Kind kind : Kind.values()) {
			jdbc.sql("insert into analytics_recount select :kind, s.* from (%s) s"
				.formatted(ProjectionSources.SOURCES.get(kind)))
				.param("kind", kind.name())
				.param("all", true)
				.param("ids", new Long[0])
				.param("today", ChinaTime.local(now).toLocalDate())
				.update();
		}
		long facts = jdbc.sql("""
				insert into analytics_fact (kind, item_id, contributions, refreshed_at)
				select kind, item_id, jsonb_agg(jsonb_build_object('division', division, 'body', body,
				  'measure', measure, 'dim', dim, 'day', day, 'n', n, 'amount', amount)
				  order by division, body, measure, dim, day), :now
				from analytics_recount group by kind, item_id order by kind, item_id""")
			.param("now", now)
			.update();
		long counters = jdbc.sql("""
				insert into analytics_counter (division_code, day, body_id, measure, dim, n, amount)
				select division, day, body, measure, dim, sum(n), sum(amount)
				from analytics_recount group by division, day, body, measure, dim order by division, day, body, measure, dim""")
			.update();
		for (Counters rollup : Counters.values()) {
			if (rollup != Counters.DAY) {
				rollup.recount(jdbc);
			}
		}
		indexes.values().forEach(index -> jdbc.sql(index).update());
		tables.forEach(table -> jdbc.sql("analyze " + table).update());
		return new Rebuilt(facts, counters);
	}
}
