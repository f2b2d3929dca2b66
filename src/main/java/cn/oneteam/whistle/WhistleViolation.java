package cn.oneteam.whistle;

import cn.oneteam.shared.RuleViolation;

/** A whistle action refused by a rule of 吹哨报到; nothing changed. */
class WhistleViolation extends RuleViolation {

	WhistleViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
