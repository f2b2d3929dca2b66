package cn.oneteam.calendar;

import cn.oneteam.shared.RuleViolation;

/** A calendar question or schedule that cannot be answered or accepted. */
public class CalendarViolation extends RuleViolation {

	CalendarViolation(String code, Object... arguments) {
		this(UNPROCESSABLE, code, arguments);
	}

	CalendarViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
