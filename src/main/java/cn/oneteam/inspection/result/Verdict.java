package cn.oneteam.inspection.result;

/** The answer to one item of a visit: 合格, 不合格 (a finding) or 不适用. */
public enum Verdict {
	PASS, FAIL, NOT_APPLICABLE
}
