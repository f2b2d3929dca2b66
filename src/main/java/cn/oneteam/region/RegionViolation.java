package cn.oneteam.region;

import cn.oneteam.shared.RuleViolation;

/** A division that does not exist, or an import that cannot run. */
public class RegionViolation extends RuleViolation {

	RegionViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
