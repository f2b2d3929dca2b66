package cn.oneteam.intake;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.whistle.EventCounts;
import cn.oneteam.whistle.WhistleEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What 吹哨报到 asks of the events received here: the event a whistle is raised for (it must lie in the whistling
 * township), and how many events a township received, for its whistle rate (whistles / events).
 */
@Component
class WhistleLink implements WhistleEvents, EventCounts {

	/** How a whistle names its event: the tracking number and the start of the report. */
	private static final int TITLE_CHARS = 30;

	private final EventRepository events;

	WhistleLink(EventRepository events) {
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EventSummary> find(long eventId) {
		return events.find(eventId).map(e -> new EventSummary(e.id(), e.trackingNumber() + " "
				+ (e.description().length() > TITLE_CHARS ? e.description().substring(0, TITLE_CHARS) + "…"
						: e.description()),
				e.township()));
	}

	@Override
	@Transactional(readOnly = true)
	public OptionalLong received(DivisionCode township, LocalDate from, LocalDate to) {
		return OptionalLong.of(events.receivedIn(township, from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime()));
	}
}
