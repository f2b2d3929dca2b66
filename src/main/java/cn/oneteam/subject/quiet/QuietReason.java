package cn.oneteam.subject.quiet;

import java.util.List;

/**
 * One reason of an answer: a stable code (its message key is {@code quiet.reason.<code>}), the outcome it leads to,
 * and its message arguments.
 */
public record QuietReason(String code, QuietOutcome outcome, List<String> arguments) {

	/** A quiet entry keeps the inspection away: arguments kind, from, until (or empty), deciding body, entry id. */
	public static final String QUIET_ENTRY = "quiet-entry";

	/** A quiet entry was passed by the trigger or by a key item: arguments kind, trigger (or KEY_ITEM), entry id. */
	public static final String QUIET_PASSED = "quiet-passed";

	/** The annual cap is reached: arguments made, cap, scope key, year. */
	public static final String CAP_REACHED = "cap-reached";

	/** The trigger is exempt from the cap: arguments trigger, scope key, year. */
	public static final String CAP_EXEMPT = "cap-exempt";

	/** The calendar block: arguments day of month, first day, last day. */
	public static final String CALENDAR_BLOCK = "calendar-block";

	/** The calendar block does not apply to this trigger: arguments trigger. */
	public static final String CALENDAR_EXEMPT = "calendar-exempt";

	public QuietReason {
		arguments = List.copyOf(arguments);
	}

	static QuietReason of(String code, QuietOutcome outcome, Object... arguments) {
		return new QuietReason(code, outcome, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}
}
