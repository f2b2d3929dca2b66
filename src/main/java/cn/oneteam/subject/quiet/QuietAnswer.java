package cn.oneteam.subject.quiet;

import java.util.List;

/** The outcome (the worst of the reasons; ALLOWED without reasons) and every reason found, in order of checking. */
public record QuietAnswer(QuietOutcome outcome, List<QuietReason> reasons) {

	public QuietAnswer {
		reasons = List.copyOf(reasons);
	}

	/** Whether a reason of this code is among the reasons. */
	public boolean has(String code) {
		return reasons.stream().anyMatch(reason -> reason.code().equals(code));
	}
}
