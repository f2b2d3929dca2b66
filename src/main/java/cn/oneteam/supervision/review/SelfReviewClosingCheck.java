package cn.oneteam.supervision.review;

import java.util.List;
import java.util.Locale;

import cn.oneteam.casehandling.ClosingCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A veto blocks closing (docs/adr/0034-scoring-standards-and-self-review.md): the case module asks this before it
 * closes a general-procedure case, and each veto finding is a reason against it, naming the item and why; once closed,
 * the self-review of the closed file is kept with the closing.
 */
@Component
class SelfReviewClosingCheck implements ClosingCheck {

	private final SelfReviews reviews;

	private final MessageSource messages;

	SelfReviewClosingCheck(SelfReviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@Override
	public List<String> refusals(long caseId, Locale locale) {
		return reviews.review(caseId, locale).vetoes().stream()
			.map(v -> messages.getMessage("supervision.self-review.veto-line",
					new Object[] { v.item(), v.title(), v.reason() }, locale))
			.toList();
	}

	/** Kept once the case is closed and its clocks ended, so the closing period counts as met on its day. */
	@Override
	public void closed(long caseId, Locale locale) {
		reviews.reviewAndKeep(caseId, locale);
	}
}
