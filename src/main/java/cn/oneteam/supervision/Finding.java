package cn.oneteam.supervision;

/** What the supervising body found of the complaint. */
public enum Finding {
	SUBSTANTIATED, PARTLY, NOT_SUBSTANTIATED
}
