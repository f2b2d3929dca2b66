package cn.oneteam.supervision.review;

import java.util.Locale;

import cn.oneteam.casehandling.CaseFileReading;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.springframework.stereotype.Service;

/**
 * The self-review as a reader of the case sees it (docs/adr/0034-scoring-standards-and-self-review.md): only of a case
 * the caller may read (404 outside the jurisdiction, as for a case that does not exist), and only of a
 * general-procedure file — a decision on the spot (简易程序) has no file the general standard scores (409).
 */
@Service
class SelfReviewReader {

	private final CaseFileReading reading;

	private final SelfReviews reviews;

	SelfReviewReader(CaseFileReading reading, SelfReviews reviews) {
		this.reading = reading;
		this.reviews = reviews;
	}

	SelfReview review(long caseId, ScopedPrincipal caller, Locale locale) {
		try {
			reading.requireReadable(caseId, caller.jurisdiction());
		}
		catch (CaseViolation refused) {
			if ("case.simple-procedure".equals(refused.code())) {
				throw new RuleViolation(RuleViolation.CONFLICT, "supervision.self-review-simple-procedure", caseId);
			}
			throw refused;
		}
		return reviews.review(caseId, locale);
	}
}
