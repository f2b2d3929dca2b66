package cn.oneteam.credit;

/**
 * What a fact of a subject's credit record is (docs/legal/credit.md#risk-classes); each kind has a rule
 * ({@code credit_rule}: weight, period, forced class).
 */
public enum FactKind {
	/** A penalty decided in the general procedure. */
	PENALTY_GENERAL,
	/** A penalty on the spot (simple procedure): not published (docs/legal/credit.md#publication-periods). */
	PENALTY_SIMPLE,
	/** A warning only (警告 / 通报批评 and nothing else): not published on GSXT. */
	PENALTY_WARNING,
	/** A heavier penalty (较重处罚: revocation, downgrade, 停产停业, closure, business or occupational bar; docs/legal/credit.md#serious-list). */
	HEAVIER_PENALTY,
	/** Listed on the 经营异常名录. */
	ABNORMAL_LISTED,
	/** Listed on the 严重违法失信名单. */
	SERIOUS_LISTED,
	/** A complaint upheld. */
	COMPLAINT_UPHELD,
	/** An inspection failed (for the inspection module). */
	INSPECTION_FAILED;

	/** Whether the fact is a decided penalty (a serious listing rests on one). */
	boolean penalty() {
		return this == PENALTY_GENERAL || this == PENALTY_SIMPLE || this == PENALTY_WARNING || this == HEAVIER_PENALTY;
	}
}
