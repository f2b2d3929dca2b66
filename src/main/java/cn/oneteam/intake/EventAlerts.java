package cn.oneteam.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.oneteam.platform.ScheduledScans;
import cn.oneteam.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 超时预警: the scheduled scan raises an alert for each event past a clock — not dispatched in time (Shanghai: transfer
 * within 3 working days), not accepted in time, not on the spot in time, not replied in time — once per clock and due
 * moment, and records it. It runs under its lock in {@link ScheduledScans} (one instance scans) and locks the events in id
 * order, the order user actions never contradict (they lock one event, or two by id), so that it never deadlocks with
 * them.
 */
@Service
public class EventAlerts {

	/** The scan's advisory lock key (docs/adr/0017-scheduled-scans.md). */
	private static final long SCAN_LOCK = 7_300_001L;

	private static final Logger log = LoggerFactory.getLogger(EventAlerts.class);

	/**
	 * Every clock past its due moment, one row each (event_id, kind, due): not dispatched, not accepted, not arrived,
	 * not replied. A day clock falls due at the end of its day, Beijing time.
	 */
	private static final String OVERDUE = """
			(select id as event_id, 'DISPATCH_OVERDUE' as kind,
			   (dispatch_due_on + 1)::timestamp at time zone 'Asia/Shanghai' as due from intake_event
			 where state in ('RECEIVED', 'CLASSIFIED', 'DISPUTED', 'RETURNED') and dispatch_due_on < :today
			 union all
			 select id, 'ACCEPT_OVERDUE', accept_due_at from intake_event
			 where state = 'DISPATCHED' and accept_due_at < :now
			 union all
			 select id, 'ARRIVE_OVERDUE', arrive_due_at from intake_event
			 where state in ('DISPATCHED', 'ACCEPTED') and arrived_at is null and arrive_due_at < :now
			 union all
			 select id, 'REPLY_OVERDUE', (reply_due_on + 1)::timestamp at time zone 'Asia/Shanghai' from intake_event
			 where state = 'ACCEPTED' and reply_due_on < :today) as overdue""";

	/**
	 * The accept and reply clocks overdue by more than their margin (one row each: event_id, kind, due): escalated to
	 * the county coordinator.
	 */
	private static final String ESCALATING = """
			(select id as event_id, 'ACCEPT_ESCALATED' as kind, accept_due_at as due from intake_event
			 where state = 'DISPATCHED' and accept_due_at < :acceptBefore
			 union all
			 select id, 'REPLY_ESCALATED', (reply_due_on + 1)::timestamp at time zone 'Asia/Shanghai' from intake_event
			 where state = 'ACCEPTED'
			   and (reply_due_on + 1)::timestamp at time zone 'Asia/Shanghai' < :replyBefore) as escalating""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher publisher;

	private final IntakeProperties properties;

	private final Clock clock;

	private final ScheduledScans.Scan scan;

	EventAlerts(JdbcClient jdbc, ApplicationEventPublisher publisher, IntakeProperties properties, Clock clock,
			ScheduledScans scans) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
		this.scan = scans.declare("intake-alerts", SCAN_LOCK);
	}

	/** An alert raised on an event. */
	public record Alert(long eventId, String kind, OffsetDateTime due, OffsetDateTime raisedAt) {
	}

	/** Every instance schedules the scan; one at a time runs it, in a transaction of its own. */
	@Scheduled(fixedDelayString = "${oneteam.intake.alert-scan-interval:PT5M}", initialDelayString = "PT40S")
	public void scheduledScan() {
		scan.runScheduled(this::raiseAll, raised -> {
			if (raised > 0) {
				log.info("Event clock scan: {} alerts raised", raised);
			}
		});
	}

	/**
	 * One scan as of now; returns how many alerts and escalations it raised. Another instance scanning at the same
	 * moment skips.
	 */
	@Transactional
	public int scan() {
		return scan.run(this::raiseAll).orElse(0);
	}

	private int raiseAll() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("select id from intake_event where id in (select event_id from " + OVERDUE + ") order by id for update")
			.param("today", ChinaTime.local(now).toLocalDate())
			.param("now", now)
			.query(Long.class)
			.list();
		List<Map<String, Object>> raised = raise(OVERDUE, Map.of("today", ChinaTime.local(now).toLocalDate(), "now", now));
		for (Map<String, Object> row : raised) {
			publisher.publishEvent(new EventRecorded((Long) row.get("event_id"), "overdue", 0, now,
					Map.of("kind", row.get("kind"), "due", String.valueOf(row.get("due")))));
		}
		return raised.size() + escalate(now);
	}

	/**
	 * 超时升级: an accept or reply clock overdue by its margin escalates the event to the county coordinator — once per
	 * clock (kept as an alert of its own kind), flagged on the event and in its record, listed in the coordinator's
	 * queue of escalated events. The events are locked by the scan.
	 */
	private int escalate(OffsetDateTime now) {
		List<Map<String, Object>> escalated = raise(ESCALATING, Map.of("acceptBefore",
				now.minus(properties.escalation().acceptMargin()), "replyBefore",
				now.minus(properties.escalation().replyMargin()), "now", now));
		for (Map<String, Object> row : escalated) {
			long event = (Long) row.get("event_id");
			String county = jdbc.sql("update intake_event set escalated = true where id = ? "
					+ "returning substr(township_code, 1, 6)").param(event).query(String.class).single();
			publisher.publishEvent(new EventRecorded(event, "escalated", 0, now, Map.of("kind", row.get("kind"), "due",
					String.valueOf(row.get("due")), "county", county)));
		}
		return escalated.size();
	}

	/** Records an alert for each clock of the query not alerted before (at {@code :now}); answers the new ones. */
	private List<Map<String, Object>> raise(String clocks, Map<String, ?> params) {
		JdbcClient.StatementSpec spec = jdbc.sql("""
				insert into intake_alert (event_id, kind, due, raised_at)
				select event_id, kind, due, :now from """ + clocks + """

				order by event_id, kind
				on conflict (event_id, kind, due) do nothing
				returning event_id, kind, due""");
		for (Map.Entry<String, ?> p : params.entrySet()) {
			spec = spec.param(p.getKey(), p.getValue());
		}
		return spec.query().listOfRows();
	}

	@Transactional(readOnly = true)
	public List<Alert> of(long eventId) {
		return jdbc.sql("select * from intake_alert where event_id = ? order by id").param(eventId)
			.query((rs, n) -> new Alert(rs.getLong("event_id"), rs.getString("kind"),
					ChinaTime.local(rs.getObject("due", OffsetDateTime.class)),
					ChinaTime.local(rs.getObject("raised_at", OffsetDateTime.class))))
			.list();
	}
}
