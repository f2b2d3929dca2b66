package cn.oneteam.casehandling;

import java.util.List;
import java.util.Locale;

/**
 * What another module finds against closing a general-procedure case (docs/adr/0034-scoring-standards-and-self-review.md):
 * the supervision module's self-review answers with its veto findings. The case module calls every bean of this type
 * when a closing is requested and when it is performed, and refuses the closing with the reasons; it never depends on
 * the module that implements it.
 */
public interface ClosingCheck {

	/**
	 * The reasons, in the caller's language, why the case may not be closed (each naming the item and why); empty:
	 * nothing against. Called inside the closing's transaction, before the case is closed; keeps nothing.
	 */
	List<String> refusals(long caseId, Locale locale);

	/**
	 * The case is closed: its closing recorded and its clocks ended, in the closing's transaction (what the check keeps
	 * is undone with a refusal). The self-review keeps its result here, as of the closed file.
	 */
	default void closed(long caseId, Locale locale) {
	}
}
