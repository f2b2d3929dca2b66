package cn.oneteam.casehandling;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.oneteam.shared.RuleViolation;

/** A case action refused by a rule of the procedure; the reasons name the rules (message codes). */
public class CaseViolation extends RuleViolation {

	private final List<String> reasons;

	private Map<String, List<String>> reasonArguments = Map.of();

	public CaseViolation(int status, String code, List<String> reasons, Object... arguments) {
		super(status, code, arguments);
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return reasons;
	}

	/**
	 * The message arguments of the reasons whose detail states a period: its length for the case (say, the decision
	 * period's days), so that the message says what the case runs (docs/adr/0018-statutory-periods.md).
	 */
	public Map<String, List<String>> reasonArguments() {
		return reasonArguments;
	}

	/** Adds the arguments of the reasons that state a period, as the case's clocks count it. */
	CaseViolation withPeriods(Function<List<String>, Map<String, List<String>>> periods) {
		this.reasonArguments = Map.copyOf(periods.apply(reasons));
		return this;
	}

	@Override
	public Map<String, Object> details() {
		return reasons.isEmpty() ? Map.of() : Map.of("reasons", reasons);
	}
}
