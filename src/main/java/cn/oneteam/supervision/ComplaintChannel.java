package cn.oneteam.supervision;

/** How a complaint came in: the public form, or a 12345 hotline work order. */
public enum ComplaintChannel {
	PUBLIC_FORM, HOTLINE_12345
}
