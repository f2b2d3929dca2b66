package cn.oneteam.intake;

import cn.oneteam.casehandling.ClueSource;

/** 受理渠道: how an event reached us; the case clue source it becomes when it turns into a case. */
public enum EventChannel {
	DISPATCHER(ClueSource.COMPLAINT), GRID(ClueSource.GRID), HOTLINE_12345(ClueSource.HOTLINE_12345),
	PUBLIC_PORTAL(ClueSource.COMPLAINT), OPEN311(ClueSource.COMPLAINT);

	private final ClueSource clueSource;

	EventChannel(ClueSource clueSource) {
		this.clueSource = clueSource;
	}

	/**
	 * Whether the reporter chose to report in public (the portal, an Open311 client): only these events are listed to
	 * anyone; what reached the hotline, a dispatcher or a grid worker is followed only by its tracking number.
	 */
	boolean isPublic() {
		return this == PUBLIC_PORTAL || this == OPEN311;
	}

	/** The source of a case clue. */
	ClueSource clueSource() {
		return clueSource;
	}
}
