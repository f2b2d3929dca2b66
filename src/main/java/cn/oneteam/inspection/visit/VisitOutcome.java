package cn.oneteam.inspection.visit;

/**
 * What the inspection found: nothing wrong, a problem ordered corrected (责令改正), or a problem that became a case clue
 * (linked to the case).
 */
public enum VisitOutcome {
	NO_PROBLEM, CORRECTION_ORDERED, CASE_CLUE;

	/** Whether the inspection found a problem (for the burden figures and the subject's credit). */
	public boolean foundProblem() {
		return this != NO_PROBLEM;
	}
}
