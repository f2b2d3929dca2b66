package cn.oneteam.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time alone makes a step late: a clock, an event's dispatch, arrival or reply, a whistle's report, arrival or result
 * whose due day has passed untaken counts as {@code LATE} from the next day on
 * (docs/adr/0050-dashboards-and-projections.md, "Time alone"). No event says so, so this scan refreshes the items with
 * such a step whose fact was last refreshed before the step's due day passed, through the one scheduled-scan
 * mechanism (docs/adr/0017-scheduled-scans.md). A refresh is a recount of the item, so a run repeated or overlapping
 * the listeners changes nothing more; an item refreshed is not found again, so a run after days of downtime catches
 * up, {@link #BATCH} items at a time.
 */
@Component
class OverdueScan {

	static final long SCAN_LOCK = 7_100_050L;

	/** At most this many items of each kind a run; the next run takes the rest. */
	static final int BATCH = 5_000;

	private static final Logger log = LoggerFactory.getLogger(OverdueScan.class);

	/** True when the fact {@code f} was refreshed before the Beijing day after {@code %s} began (or is missing). */
	private static final String STALE = "(f.refreshed_at is null or f.refreshed_at < ((%s) + 1)::timestamp at time zone 'Asia/Shanghai')";

	/**
	 * The fact {@code f} of an item (its kind, the column naming it), looked up by its key for each item found: a lateral
	 * subquery with a limit is not merged into a join, which the planner would run over all the facts.
	 */
	private static final String FACT = """
			left join lateral (select f.refreshed_at from analytics_fact f where f.kind = '%s' and f.item_id = %s limit 1) f
			  on true""";

	private static final String CASES = """
			select distinct k.case_id from case_clock k %s
			where k.state = 'RUNNING' and k.due_on < :today and k.kind in ('CLUE_VERIFICATION', 'DECISION', 'PAYMENT')
			  and %s limit :batch""".formatted(FACT.formatted("CASE", "k.case_id"), STALE.formatted("k.due_on"));

	/**
	 * One simple branch a step, each read by due day through the partial index of its untaken steps (V0142): an OR of
	 * the three could not bound any index by a due day. An instant due on a day before today is one before today's first
	 * instant, {@code :todayStarts}.
	 */
	private static final String EVENTS = """
			select e.id from intake_event e %1$s
			where e.dispatched_at is null and e.replied_at is null and e.merged_into is null and e.dispatch_due_on < :today
			  and %2$s
			union
			select e.id from intake_event e %1$s
			where e.replied_at is null and e.merged_into is null and e.reply_due_on < :today and %3$s
			union
			select e.id from intake_event e %1$s
			where e.arrived_at is null and e.replied_at is null and e.merged_into is null and e.arrive_due_at < :todayStarts
			  and %4$s
			limit :batch""".formatted(FACT.formatted("EVENT", "e.id"), STALE.formatted("e.dispatch_due_on"),
			STALE.formatted("e.reply_due_on"), STALE.formatted("(e.arrive_due_at at time zone 'Asia/Shanghai')::date"));

	private static final String WHISTLES = """
			select s.whistle_id from whistle_summons s %1$s
			where s.acknowledged_at is null and s.report_due_at < :todayStarts and %2$s
			union
			select s.whistle_id from whistle_summons s %1$s
			where s.arrived_at is null and s.arrive_due_at < :todayStarts and %3$s
			union
			select s.whistle_id from whistle_summons s %1$s
			where s.reported_at is null and s.resolve_due_on < :today and %4$s
			limit :batch""".formatted(FACT.formatted("WHISTLE", "s.whistle_id"),
			STALE.formatted("(s.report_due_at at time zone 'Asia/Shanghai')::date"),
			STALE.formatted("(s.arrive_due_at at time zone 'Asia/Shanghai')::date"), STALE.formatted("s.resolve_due_on"));

	private final JdbcClient jdbc;

	private final Projections projections;

	private final Clock clock;

	private final ScheduledScans.Scan scan;

	OverdueScan(JdbcClient jdbc, Projections projections, Clock clock, ScheduledScans scans) {
		this.jdbc = jdbc;
		this.projections = projections;
		this.clock = clock;
		this.scan = scans.declare("analytics-overdue", SCAN_LOCK);
	}

	@Scheduled(fixedDelayString = "${oneteam.analytics.overdue-interval:PT1H}", initialDelayString = "PT3M")
	public void scheduledScan() {
		scan.runScheduled(this::refreshOverdue, refreshed -> {
			if (refreshed > 0) {
				log.info("Analytics: {} items refreshed because a step's due day passed", refreshed);
			}
		});
	}

	/** One run as of now: the items refreshed. Another instance running at the same moment skips. */
	@Transactional
	public int scan() {
		return scan.run(this::refreshOverdue).orElse(0);
	}

	private int refreshOverdue() {
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		OffsetDateTime todayStarts = today.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
		int refreshed = 0;
		for (var source : List.of(new Source(Projections.Kind.CASE, CASES), new Source(Projections.Kind.EVENT, EVENTS),
				new Source(Projections.Kind.WHISTLE, WHISTLES))) {
			List<Long> ids = jdbc.sql(source.sql()).param("today", today).param("todayStarts", todayStarts)
				.param("batch", BATCH).query(Long.class).list();
			for (long id : ids) {
				projections.refreshApart(source.kind(), id);
				refreshed++;
			}
		}
		return refreshed;
	}

	private record Source(Projections.Kind kind, String sql) {
	}
}
