package cn.oneteam.subject.quiet;

/** The answer to "may this inspection take place": allowed, allowed with a warning to record, or blocked. */
public enum QuietOutcome {
	ALLOWED, WARN, BLOCKED;

	QuietOutcome worst(QuietOutcome other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
