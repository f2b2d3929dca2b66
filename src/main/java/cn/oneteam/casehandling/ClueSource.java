package cn.oneteam.casehandling;

/**
 * 线索来源: how a clue reached the body. Stored and sent by its name (the strings the clue form and the API have
 * always used); labelled by the messages {@code case.source.<NAME>}.
 */
public enum ClueSource {
	INSPECTION, COMPLAINT, HOTLINE_12345, TRANSFER, GRID, OTHER
}
