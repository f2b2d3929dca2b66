package cn.oneteam.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * The closed loop of an event (12345: 受理、派单、办理、答复、回访、评价; 数字城管 七步闭环, docs/legal/intake.md#closed-loop):
 * received → classified (matter and responsible body found) → dispatched → accepted or returned → replied → rated.
 * A reporter who says "not fixed" sends a replied event back to accepted; a routing that finds nobody or several
 * bodies puts it in dispute; a duplicate is merged into another event.
 */
public enum EventState {
	RECEIVED, CLASSIFIED, DISPUTED, DISPATCHED, ACCEPTED, RETURNED, REPLIED, RATED, MERGED;

	/** States an event may be classified (routed) from. */
	static final Set<EventState> ROUTABLE = EnumSet.of(RECEIVED, CLASSIFIED, RETURNED);

	/** Still waiting for the dispatcher or the receiving unit. */
	boolean open() {
		return this != REPLIED && this != RATED && this != MERGED;
	}

	/** Open311 status: closed once answered (or merged into another report). */
	String open311Status() {
		return open() ? "open" : "closed";
	}
}
