package cn.oneteam.supervision.review;

import cn.oneteam.shared.ScopedPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The self-review on the case page (docs/adr/0034-scoring-standards-and-self-review.md): a section the case page loads
 * by htmx, which the link opens as a page of its own without script; the case module never depends on this one.
 */
@Controller
class SelfReviewPageController {

	private final SelfReviewReader reader;

	SelfReviewPageController(SelfReviewReader reader) {
		this.reader = reader;
	}

	@GetMapping("/cases/{caseId}/self-review")
	String section(@PathVariable long caseId, ScopedPrincipal caller, HttpServletRequest request, Model model) {
		model.addAttribute("caseId", caseId);
		model.addAttribute("review", reader.review(caseId, caller, LocaleContextHolder.getLocale()));
		return request.getHeader("HX-Request") != null ? "supervision/self-review :: selfReview" : "supervision/self-review";
	}
}
