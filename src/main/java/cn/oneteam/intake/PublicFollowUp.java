package cn.oneteam.intake;

import static cn.oneteam.intake.EventGuards.requireState;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;

import cn.oneteam.calendar.Deadline;
import cn.oneteam.calendar.WorkingDayCalendar;
import cn.oneteam.shared.ChinaTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回访与评价: what the reporter does with the tracking number, signed in or not — follow the event (查询进度), rate
 * the reply once (满意度), or say it did not fix it (未解决: the same unit has it again, counted). A merged event
 * shows, and is rated through, the event it was merged into.
 */
@Service
public class PublicFollowUp {

	private final EventRepository events;

	private final EventQueries queries;

	private final Routing routing;

	private final WorkingDayCalendar calendar;

	private final IntakeProperties properties;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	PublicFollowUp(EventRepository events, EventQueries queries, Routing routing, WorkingDayCalendar calendar,
			IntakeProperties properties, ApplicationEventPublisher publisher, Clock clock) {
		this.events = events;
		this.queries = queries;
		this.routing = routing;
		this.calendar = calendar;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * What anyone with the tracking number sees; a merged event shows the progress of the event it was merged into.
	 * A malformed number is refused before the database is asked.
	 */
	@Transactional(readOnly = true)
	public PublicEvent track(String trackingNumber) {
		IntakeEvent own = followed(trackingNumber);
		IntakeEvent shown = own.mergedInto() == null ? own : events.find(own.mergedInto()).orElseThrow();
		return new PublicEvent(own.trackingNumber(), own.mergedInto() == null ? null : shown.trackingNumber(),
				shown.state(), own.requestType(), shown.matterCode(),
				shown.matterCode() == null ? null : routing.matterName(shown.matterCode()).orElse(null),
				own.description(), queries.placeName(own.division()), own.address(),
				queries.orgName(shown.assignedOrgId()), own.receivedAt(), shown.updatedAt(), shown.state().open() ? shown.replyDueOn() : null, shown.reply(),
				shown.repliedAt(), shown.satisfaction(), shown.reopenCount());
	}

	/** 满意度: the reporter rates the reply once. */
	@Transactional
	public PublicEvent rate(String trackingNumber, Satisfaction satisfaction) {
		IntakeEvent event = lockFollowed(trackingNumber);
		if (event.satisfaction() != null) {
			throw new IntakeViolation(IntakeViolation.CONFLICT, "intake.already-rated", trackingNumber);
		}
		requireState(event, EnumSet.of(EventState.REPLIED));
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.update(event.id(), "state = 'RATED', satisfaction = :s, rated_at = :now, updated_at = :now",
				Map.of("s", satisfaction.name(), "now", now));
		publisher.publishEvent(new EventRecorded(event.id(), "rated", 0, now,
				Map.of("satisfaction", satisfaction.name())));
		return track(trackingNumber);
	}

	/** "未解决": the reporter says the reply did not fix it; the same unit has it again, counted. */
	@Transactional
	public PublicEvent notFixed(String trackingNumber, String comment) {
		IntakeEvent event = lockFollowed(trackingNumber);
		requireState(event, EnumSet.of(EventState.REPLIED));
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = ChinaTime.local(now).toLocalDate();
		Deadline replyDue = calendar.workingDaysAfter(today, properties.sla().get(event.priority()).replyWorkingDays());
		LocalDate due = replyDue.date();
		events.update(event.id(), """
				state = 'ACCEPTED', reopen_count = reopen_count + 1, reply = null, replied_at = null, reply_due_on = :due,
				reply_due_provisional = :provisional, reply_counted_from = :from, updated_at = :now""",
				Map.of("due", due, "provisional", replyDue.provisional(), "from", today, "now", now));
		publisher.publishEvent(new EventRecorded(event.id(), "reopened", 0, now,
				Map.of("comment", comment.strip(), "reopens", event.reopenCount() + 1, "replyDueOn", due.toString())));
		return track(trackingNumber);
	}

	private IntakeEvent followed(String trackingNumber) {
		return queries.byTracking(trackingNumber.strip())
			.orElseThrow(() -> new IntakeViolation(IntakeViolation.NOT_FOUND, "intake.tracking-unknown", trackingNumber));
	}

	/** The event a reporter acts on: their own, or the one theirs was merged into. */
	private IntakeEvent lockFollowed(String trackingNumber) {
		IntakeEvent own = followed(trackingNumber);
		return events.lock(own.mergedInto() == null ? own.id() : own.mergedInto()).orElseThrow();
	}
}
