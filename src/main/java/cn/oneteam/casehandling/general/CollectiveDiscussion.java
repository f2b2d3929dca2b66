package cn.oneteam.casehandling.general;

/**
 * 集体讨论 (处罚法 §57 para 2; 市监程序规定 §60): the heads decide collectively when a penalty is given for a complex or
 * major violation ("对情节复杂或者重大违法行为给予行政处罚"), and, in market supervision, when a penalty is proposed in a
 * case that needs a legal review (§50). A decision not to penalise does not need one under either rule.
 */
public final class CollectiveDiscussion {

	private CollectiveDiscussion() {
	}

	/** Whether the heads must discuss the case collectively before deciding. */
	public static boolean required(boolean complexOrMajor, boolean legalReviewRequired, boolean penaltyProposed) {
		// 处罚法 §57 para 2; 市监程序规定 §60 with §50
		return penaltyProposed && (complexOrMajor || legalReviewRequired);
	}
}
