package cn.oneteam.casehandling;

import java.util.List;
import java.util.Map;

import cn.oneteam.shared.RuleViolation;

/** A case action refused by a rule of the procedure; the reasons name the rules (message codes). */
public class CaseViolation extends RuleViolation {

	private final List<String> reasons;

	CaseViolation(int status, String code, List<String> reasons, Object... arguments) {
		super(status, code, arguments);
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return reasons;
	}

	@Override
	public Map<String, Object> details() {
		return reasons.isEmpty() ? Map.of() : Map.of("reasons", reasons);
	}
}
