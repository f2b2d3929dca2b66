package cn.oneteam.inspection.result;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.oneteam.calendar.CalendarYearLoaded;
import cn.oneteam.calendar.Deadline;
import cn.oneteam.inspection.visit.VisitRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's schedule loaded or replaced: every provisional publication deadline (counted on weekends only into a year
 * not loaded yet) is counted again on the official calendar, and each one that moved is recorded on its visit
 * (docs/adr/0030-recording-and-publishing-inspections.md). Runs early among the event's listeners, so that it takes
 * its row locks before the transaction holds the record's lock.
 */
@Component
class ProvisionalPublishDeadlines {

	private final ResultRepository repository;

	private final PublicationDeadline deadline;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ProvisionalPublishDeadlines(ResultRepository repository, PublicationDeadline deadline, ApplicationEventPublisher publisher,
			Clock clock) {
		this.repository = repository;
		this.deadline = deadline;
		this.publisher = publisher;
		this.clock = clock;
	}

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(CalendarYearLoaded loaded) {
		OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<ResultRepository.Provisional> provisional = repository.provisionalDeadlines();
		for (ResultRepository.Provisional visit : provisional) {
			Deadline due = deadline.after(visit.inspectedOn());
			if (repository.moveDeadline(visit.id(), due)) {
				publisher.publishEvent(new VisitRecorded(visit.id(), "publish-due-moved", 0L, List.of(), now,
						Map.of("year", loaded.year(), "publishDue", due.date().toString(), "provisional",
								due.provisional())));
			}
		}
	}
}
