package cn.oneteam.subject.quiet;

import cn.oneteam.shared.RuleViolation;

/** A quiet entry or cap request the register refuses. */
class QuietViolation extends RuleViolation {

	QuietViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
