package cn.oneteam.catalog;

import cn.oneteam.shared.RuleViolation;

/** A catalogue entry or question that breaks a rule. */
public class CatalogViolation extends RuleViolation {

	CatalogViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
