package cn.oneteam.exchange;

import cn.oneteam.shared.RuleViolation;

/** A request the exchange refuses (docs/adr/0021-approval-exchange.md). */
class ExchangeViolation extends RuleViolation {

	ExchangeViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}
}
