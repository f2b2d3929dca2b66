package cn.oneteam.credit;

import cn.oneteam.shared.RuleViolation;

/** A request the credit module refuses: a localised RFC 9457 problem. */
class CreditViolation extends RuleViolation {

	CreditViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
