package cn.oneteam.casehandling.general;

import java.util.List;
import java.util.Set;

/**
 * 法制审核 (处罚法 §58; 市监程序规定 §49–§51; 118号, docs/legal/procedure.md#legal-review): before the head decides, a legal reviewer must
 * review a case of major public interest, one that directly concerns major rights and went through a hearing, one that
 * is difficult and involves several legal relationships, or one a law, a regulation or the agency's 法制审核目录清单
 * names. No decision may be made without a passed review. Officers who handled the case may not review it.
 */
public final class LegalReview {

	private LegalReview() {
	}

	/** Whether the case needs a legal review before the decision. */
	public static boolean required(boolean majorPublicInterest, boolean majorRightsAfterHearing,
			boolean complexMultipleRelations, boolean requiredByLawOrCatalogue) {
		// 处罚法 §58 (1)–(4); 118号: the agency's catalogue counts as (4)
		return majorPublicInterest || majorRightsAfterHearing || complexMultipleRelations || requiredByLawOrCatalogue;
	}

	/** The reasons (message codes) why the person may not review the case; none when they may. */
	public static List<String> reasonsAgainstReviewer(long reviewerPersonId, Set<Long> handlerPersonIds) {
		// 市监程序规定 §49: handlers may not review their own case
		return handlerPersonIds.contains(reviewerPersonId) ? List.of("case.reviewer-is-handler") : List.of();
	}
}
