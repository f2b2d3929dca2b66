package cn.oneteam.whistle;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A line of a whistle list: the township's list (one line per whistle) or a department's inbox (one line per whistle
 * it is summoned to, with its own state and next due time).
 */
public record WhistleRow(long id, String township, String townshipName, String typeCode, String need, String address,
		WhistleDetail.State state, OffsetDateTime raisedAt, int responders, int reported, int alerts,
		WhistleDetail.Responder.@Nullable State myState, @Nullable OffsetDateTime nextDueAt, boolean overdue) {

	WhistleRow named(String name) {
		return new WhistleRow(id, township, name, typeCode, need, address, state, raisedAt, responders, reported, alerts,
				myState, nextDueAt, overdue);
	}
}
