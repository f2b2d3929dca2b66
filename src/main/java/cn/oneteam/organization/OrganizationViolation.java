package cn.oneteam.organization;

import cn.oneteam.shared.RuleViolation;

/** An organisation that is unknown, out of the caller's jurisdiction, or cannot be registered. */
public class OrganizationViolation extends RuleViolation {

	OrganizationViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
