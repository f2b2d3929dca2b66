package cn.oneteam.supervision;

/** Where a complaint stands: received, then accepted or refused, an accepted one concluded. */
public enum ComplaintState {
	RECEIVED, ACCEPTED, REFUSED, CONCLUDED
}
