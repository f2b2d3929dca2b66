package cn.oneteam.whistle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.oneteam.calendar.CalendarYearLoaded;
import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超时预警: the scheduled scan that raises an alert for each clock of an open whistle that ran past its due time
 * without the step taken, and records it in the whistle's full-process record. The scan runs under its lock in
 * {@link ScheduledScans}, so several instances never scan at once, and locks the whistles it alerts on in id order before
 * recording, as every user action does, so that a scan and an action never deadlock. Alerts are unique per summoned
 * department and clock.
 */
@Service
public class WhistleWatch {

	private static final Logger log = LoggerFactory.getLogger(WhistleWatch.class);

	/** The scan's advisory lock key (docs/adr/0017-scheduled-scans.md). */
	private static final long SCAN_LOCK = 7_100_040L;

	/** The condition under which each clock is overdue, by summons {@code s} at {@code :now} / {@code :today}. */
	private static final Map<ResponseClock.Kind, String> OVERDUE = Map.of(
			ResponseClock.Kind.REPORT, "s.acknowledged_at is null and s.report_due_at < :now" + notAlerted("REPORT"),
			ResponseClock.Kind.ARRIVE, "s.arrived_at is null and s.arrive_due_at < :now" + notAlerted("ARRIVE"),
			ResponseClock.Kind.RESOLVE, "s.state <> 'REPORTED' and s.resolve_due_on < :today" + notAlerted("RESOLVE"));

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher publisher;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final ScheduledScans.Scan scan;

	WhistleWatch(JdbcClient jdbc, ApplicationEventPublisher publisher, WorkingDayCalendar calendar, Clock clock,
			ScheduledScans scans) {
		this.jdbc = jdbc;
		this.publisher = publisher;
		this.calendar = calendar;
		this.clock = clock;
		this.scan = scans.declare("whistle-clocks", SCAN_LOCK);
	}

	/** Every instance schedules the scan; one at a time runs it, in a transaction of its own. */
	@Scheduled(fixedDelayString = "${oneteam.whistle.scan-interval:PT5M}", initialDelayString = "PT40S")
	public void scheduledScan() {
		scan.runScheduled(this::raiseOverdue, raised -> {
			if (raised > 0) {
				log.info("Whistle clock scan: {} overdue alerts raised", raised);
			}
		});
	}

	/** One scan as of now; returns the alerts raised. Another instance scanning at the same moment skips. */
	@Transactional
	public int scan() {
		return scan.run(this::raiseOverdue).orElse(0);
	}

	private int raiseOverdue() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = ChinaTime.local(now).toLocalDate();
		lockWhistlesWithOverdueClocks(now, today);
		int raised = 0;
		for (ResponseClock.Kind kind : ResponseClock.Kind.values()) {
			raised += raise(kind, now, today);
		}
		return raised;
	}

	/** Locks, in id order, every open whistle with a clock overdue: the same order as the user actions take. */
	private void lockWhistlesWithOverdueClocks(OffsetDateTime now, LocalDate today) {
		String anyOverdue = String.join(" or ", OVERDUE.values().stream().map(c -> "(" + c + ")").toList());
		jdbc.sql("""
				select w.id from whistle w where w.state = 'OPEN' and exists (select 1 from whistle_summons s
				  where s.whistle_id = w.id and (%s))
				order by w.id for update""".formatted(anyOverdue))
			.param("now", now)
			.param("today", today)
			.query(Long.class)
			.list();
	}

	/**
	 * A year's schedule loaded or replaced: every provisional resolve deadline is counted again on the official calendar
	 * (whistles locked in id order first), and each whistle whose deadline moved is recorded. Runs before the other
	 * listeners of the event, so that it takes its row locks before the transaction holds the record's lock.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CalendarYearLoaded loaded) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Provisional> provisional = jdbc.sql("""
				select w.id, w.raised_at, w.resolve_working_days from whistle w where exists (select 1 from whistle_summons s
				  where s.whistle_id = w.id and s.resolve_provisional) order by w.id for update""")
			.query((rs, n) -> new Provisional(rs.getLong("id"), rs.getObject("raised_at", OffsetDateTime.class),
					rs.getInt("resolve_working_days")))
			.list();
		for (Provisional whistle : provisional) {
			long id = whistle.id();
			Deadline due = calendar.workingDaysAfter(ChinaTime.local(whistle.raisedAt()).toLocalDate(),
					whistle.resolveWorkingDays());
			int moved = jdbc.sql("""
					update whistle_summons set resolve_due_on = ?, resolve_provisional = ?
					where whistle_id = ? and resolve_provisional and (resolve_due_on <> ? or not ?)""")
				.params(due.date(), due.provisional(), id, due.date(), due.provisional())
				.update();
			if (moved > 0) {
				publisher.publishEvent(new WhistleRecorded(id, "calendar-moved", 0L, now, Map.of("year", loaded.year(),
						"resolveDueOn", due.date().toString(), "provisional", due.provisional())));
				// the result's due day moved: the dashboards recount the whistle (docs/adr/0050-dashboards-and-projections.md)
				publisher.publishEvent(new WhistleProgressed(id, "calendar-moved", now));
			}
		}
	}

	private record Provisional(long id, OffsetDateTime raisedAt, int resolveWorkingDays) {
	}

	private static String notAlerted(String clock) {
		return " and not exists (select 1 from whistle_alert a where a.summons_id = s.id and a.clock = '" + clock + "')";
	}

	private int raise(ResponseClock.Kind kind, OffsetDateTime now, LocalDate today) {
		String overdue = OVERDUE.get(kind);
		List<WhistleRecorded> alerts = jdbc.sql("""
				insert into whistle_alert (summons_id, clock, due_at, raised_at)
				select s.id, :clock, case :clock when 'REPORT' then s.report_due_at when 'ARRIVE' then s.arrive_due_at
				  else (s.resolve_due_on + 1)::timestamp at time zone 'Asia/Shanghai' end, :now
				from whistle_summons s join whistle w on w.id = s.whistle_id
				where w.state = 'OPEN' and %s
				on conflict (summons_id, clock) do nothing
				returning due_at, (select whistle_id from whistle_summons x where x.id = summons_id) as whistle_id,
				  (select department_id from whistle_summons x where x.id = summons_id) as department_id""".formatted(overdue))
			.param("now", now)
			.param("today", today)
			.param("clock", kind.name())
			.query((rs, n) -> new WhistleRecorded(rs.getLong("whistle_id"), "overdue", 0L, now,
					Map.of("department", rs.getLong("department_id"), "clock", kind.name(), "dueAt",
							ChinaTime.local(rs.getObject("due_at", OffsetDateTime.class)).toString())))
			.list();
		alerts.stream().sorted(Comparator.comparingLong(WhistleRecorded::whistleId))
			.forEach(publisher::publishEvent);
		return alerts.size();
	}
}
