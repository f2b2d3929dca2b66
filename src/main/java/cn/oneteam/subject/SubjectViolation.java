package cn.oneteam.subject;

import cn.oneteam.shared.RuleViolation;

/** A request the register refuses. */
class SubjectViolation extends RuleViolation {

	SubjectViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
