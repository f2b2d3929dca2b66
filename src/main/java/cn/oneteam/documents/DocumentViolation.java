package cn.oneteam.documents;

import cn.oneteam.shared.RuleViolation;

/** A document rule broken: numbering codes missing or invalid, a number that cannot be voided. */
public class DocumentViolation extends RuleViolation {

	DocumentViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
