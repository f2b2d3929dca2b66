package cn.oneteam.intake;

import cn.oneteam.shared.RuleViolation;

/** An intake request that breaks a rule; nothing is changed. */
public class IntakeViolation extends RuleViolation {

	IntakeViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
