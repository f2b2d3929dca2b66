package cn.oneteam.supervision.standard;

/**
 * The checks the system makes by itself on a case file (自查), each named by a standard's item that it scores
 * (docs/adr/0034-scoring-standards-and-self-review.md). An item without a machine check is scored by a reviewer.
 */
public enum MachineCheck {
	/** Every officer named at an action held a valid certificate on its day. */
	OFFICERS_CERTIFIED,
	/** Two certified officers at every investigative or coercive step. */
	TWO_OFFICERS,
	/** No step before the one it needs: no investigation before filing, no evidence after the decision. */
	STEPS_IN_ORDER,
	/** Legal review passed where the law requires it. */
	LEGAL_REVIEW,
	/** Collective discussion held where the law requires it. */
	COLLECTIVE_DISCUSSION,
	/** The key steps — filing, notice, decision, service — each documented. */
	KEY_STEPS_DOCUMENTED,
	/** Filed within the verification period. */
	FILED_ON_TIME,
	/** An investigation report exists. */
	INVESTIGATION_REPORT,
	/** A statement or defence of the party was reviewed. */
	STATEMENT_REVIEWED,
	/** Every service of a document is documented. */
	SERVICE_DOCUMENTED,
	/** No statutory period of the case was breached. */
	PERIODS_MET,
	/** Preserved or seized goods were dealt with within their periods. */
	MEASURES_IN_TIME,
	/** A penalty decision was published within its period. */
	PUBLISHED_ON_TIME,
	/** The body's document numbers run without gaps. */
	NUMBERS_WITHOUT_GAPS,
	/** The documents were made in the order of the procedure. */
	DOCUMENTS_IN_ORDER
}
