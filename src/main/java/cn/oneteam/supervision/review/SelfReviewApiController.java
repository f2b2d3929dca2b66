package cn.oneteam.supervision.review;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 自查 of a general-procedure case file (docs/adr/0034-scoring-standards-and-self-review.md). */
@RestController
@RequestMapping("/api/v1/supervision/self-review")
@Tag(name = "self-review 案卷自查", description = "A general-procedure case file scored against the machine-checked "
		+ "items of the scoring standard in effect, for anyone who may read the case")
class SelfReviewApiController {

	private final SelfReviewReader reader;

	SelfReviewApiController(SelfReviewReader reader) {
		this.reader = reader;
	}

	@GetMapping("/{caseId}")
	@Operation(summary = "The case file's self-review: score, grade, veto findings and deductions with their reasons "
			+ "in the caller's language, the standard as code vN; not kept", description = "404 case.unknown outside "
					+ "the caller's jurisdiction; 409 supervision.self-review-simple-procedure for a case decided on "
					+ "the spot; 409 supervision.standard-none when no standard is in effect")
	SelfReview review(@PathVariable long caseId, ScopedPrincipal caller) {
		return reader.review(caseId, caller, LocaleContextHolder.getLocale());
	}
}
