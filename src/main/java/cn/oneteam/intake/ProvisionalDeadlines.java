package cn.oneteam.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.oneteam.calendar.CalendarYearLoaded;
import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake's working-day clocks (to dispatch, to reply, to decide a dispute) counted into a year whose official schedule
 * was not loaded are provisional, as the general procedure's clocks are (docs/adr/0004-general-procedure.md): once the
 * year is loaded they are counted again on the official calendar, and each event whose clock moved or stopped being
 * provisional records it ("calendar-moved").
 */
@Component
class ProvisionalDeadlines {

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final IntakeProperties properties;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ProvisionalDeadlines(JdbcClient jdbc, WorkingDayCalendar calendar, IntakeProperties properties,
			ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** Takes its row locks (events in id order) right after the whistles', before the record's lock is held. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CalendarYearLoaded loaded) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Provisional> events = jdbc.sql("""
				select e.id, e.received_at, e.priority, e.dispatch_due_on, e.dispatch_due_provisional, e.reply_due_on,
				  e.reply_due_provisional, e.reply_counted_from, d.id as dispute_id, d.opened_at, d.decide_due_on
				from intake_event e left join intake_dispute d on d.event_id = e.id and d.decide_due_provisional
				where e.dispatch_due_provisional or e.reply_due_provisional or d.id is not null
				order by e.id for update of e""")
			.query((rs, n) -> new Provisional(rs.getLong("id"), rs.getObject("received_at", OffsetDateTime.class),
					Priority.valueOf(rs.getString("priority")), rs.getObject("dispatch_due_on", LocalDate.class),
					rs.getBoolean("dispatch_due_provisional"), rs.getObject("reply_due_on", LocalDate.class),
					rs.getBoolean("reply_due_provisional"), rs.getObject("reply_counted_from", LocalDate.class),
					rs.getObject("dispute_id", Long.class), rs.getObject("opened_at", OffsetDateTime.class),
					rs.getObject("decide_due_on", LocalDate.class)))
			.list();
		for (Provisional e : events) {
			Map<String, Object> moved = new LinkedHashMap<>();
			LocalDate received = ChinaTime.local(e.receivedAt()).toLocalDate();
			if (e.dispatchProvisional()) {
				Deadline due = calendar.workingDaysAfter(received, properties.dispatchWorkingDays());
				if (changed(due, e.dispatchDueOn())) {
					jdbc.sql("update intake_event set dispatch_due_on = ?, dispatch_due_provisional = ? where id = ?")
						.params(due.date(), due.provisional(), e.id())
						.update();
					moved.put("dispatchDueOn", due.date().toString());
				}
			}
			if (e.replyProvisional()) {
				Deadline due = calendar.workingDaysAfter(e.replyCountedFrom() == null ? received : e.replyCountedFrom(),
						properties.sla().get(e.priority()).replyWorkingDays());
				if (changed(due, e.replyDueOn())) {
					jdbc.sql("update intake_event set reply_due_on = ?, reply_due_provisional = ? where id = ?")
						.params(due.date(), due.provisional(), e.id())
						.update();
					moved.put("replyDueOn", due.date().toString());
				}
			}
			if (e.disputeId() != null && e.disputeOpenedAt() != null) {
				Deadline due = calendar.workingDaysAfter(ChinaTime.local(e.disputeOpenedAt()).toLocalDate(),
						properties.disputeWorkingDays());
				if (changed(due, e.decideDueOn())) {
					jdbc.sql("update intake_dispute set decide_due_on = ?, decide_due_provisional = ? where id = ?")
						.params(due.date(), due.provisional(), e.disputeId())
						.update();
					moved.put("decideDueOn", due.date().toString());
				}
			}
			if (!moved.isEmpty()) {
				moved.put("year", loaded.year());
				publisher.publishEvent(new EventRecorded(e.id(), "calendar-moved", 0L, now, moved));
			}
		}
	}

	/** Counted again: moved, or no longer provisional (it was). */
	private static boolean changed(Deadline due, @Nullable LocalDate was) {
		return !due.provisional() || !Objects.equals(due.date(), was);
	}

	private record Provisional(long id, OffsetDateTime receivedAt, Priority priority, LocalDate dispatchDueOn,
			boolean dispatchProvisional, @Nullable LocalDate replyDueOn, boolean replyProvisional,
			@Nullable LocalDate replyCountedFrom, @Nullable Long disputeId, @Nullable OffsetDateTime disputeOpenedAt,
			@Nullable LocalDate decideDueOn) {
	}
}
