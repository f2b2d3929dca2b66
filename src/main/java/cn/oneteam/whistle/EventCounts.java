package cn.oneteam.whistle;

import java.time.LocalDate;
import java.util.OptionalLong;

import cn.oneteam.shared.DivisionCode;

/**
 * How many events a township received in a period, for its whistle rate (whistles / events). The intake module
 * implements this interface as a bean; until it does, the count is unknown and the rate shows as not available.
 */
public interface EventCounts {

	/** Events received in the township from {@code from} through {@code to} (Beijing dates), if known. */
	OptionalLong received(DivisionCode township, LocalDate from, LocalDate to);

	/** No source of events: every count unknown. */
	EventCounts UNKNOWN = (township, from, to) -> OptionalLong.empty();
}
