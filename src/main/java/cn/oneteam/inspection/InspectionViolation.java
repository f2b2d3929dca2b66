package cn.oneteam.inspection;

import cn.oneteam.shared.RuleViolation;

/** An item, plan or task request the inspection module refuses (problem+json with its code). */
class InspectionViolation extends RuleViolation {

	InspectionViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
