package cn.oneteam.identity;

import cn.oneteam.shared.RuleViolation;

/** An account or token request that cannot be granted. */
public class IdentityViolation extends RuleViolation {

	IdentityViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
