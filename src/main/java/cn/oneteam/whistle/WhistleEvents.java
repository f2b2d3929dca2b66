package cn.oneteam.whistle;

import java.util.Optional;

import cn.oneteam.shared.DivisionCode;

/**
 * The events a whistle may refer to (事件受理). The intake module implements this interface as a bean; until it does, a
 * whistle keeps the event id it was given, unchecked, and shows no title.
 */
public interface WhistleEvents {

	/** The event with this id, if it exists. */
	Optional<EventSummary> find(long eventId);

	/** What a whistle shows of its event, and the township the event lies in (a whistle must be raised there). */
	record EventSummary(long id, String title, DivisionCode township) {
	}
}
