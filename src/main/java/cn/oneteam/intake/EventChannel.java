package cn.oneteam.intake;

/** 受理渠道: how an event reached us; the case clue source it becomes when it turns into a case. */
public enum EventChannel {
	DISPATCHER("COMPLAINT"), GRID("GRID"), HOTLINE_12345("HOTLINE_12345"), PUBLIC_PORTAL("COMPLAINT"),
	OPEN311("COMPLAINT");

	private final String clueSource;

	EventChannel(String clueSource) {
		this.clueSource = clueSource;
	}

	/**
	 * Whether the reporter chose to report in public (the portal, an Open311 client): only these events are listed to
	 * anyone; what reached the hotline, a dispatcher or a grid worker is followed only by its tracking number.
	 */
	boolean isPublic() {
		return this == PUBLIC_PORTAL || this == OPEN311;
	}

	/** The source of a case clue (casehandling's list of sources). */
	String clueSource() {
		return clueSource;
	}
}
