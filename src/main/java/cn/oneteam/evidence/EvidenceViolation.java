package cn.oneteam.evidence;

import cn.oneteam.shared.RuleViolation;

/** An evidence rule broken: a file too large, of a kind not kept or not what it claims, a digest that no longer matches. */
public class EvidenceViolation extends RuleViolation {

	static final int UNSUPPORTED = 415;

	EvidenceViolation(int status, String code, Object... arguments) {
		super(status, code, arguments);
	}

	/** A file beyond the limit (413), the limit named in megabytes. */
	static EvidenceViolation tooLarge(long limitBytes) {
		return new EvidenceViolation(CONTENT_TOO_LARGE, "evidence.too-large", limitBytes / (1024 * 1024));
	}
}
