package cn.oneteam.inspection.code;

import java.util.List;

import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page of a code: enter it, or open {@code /public/inspections/codes/{code}} from the QR; the answer, and
 * the rating form once the result is recorded (docs/adr/0029-inspection-code-public-check-and-rating.md).
 */
@Controller
class PublicCodePageController {

	private final PublicCodeCheck codes;

	PublicCodePageController(PublicCodeCheck codes) {
		this.codes = codes;
	}

	@GetMapping("/public/inspections/codes")
	String form(@RequestParam(required = false) @Nullable String code, Model model, RedirectAttributes redirect) {
		if (code != null && !code.isBlank()) {
			redirect.addAttribute("code", VisitCodes.normalise(code));
			return "redirect:/public/inspections/codes/{code}";
		}
		model.addAttribute("conducts", RatingConduct.values());
		return "inspection/code-check";
	}

	@GetMapping("/public/inspections/codes/{code}")
	String check(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("code", code);
		try {
			codes.throttle(request.getRemoteAddr());
			model.addAttribute("check", codes.check(code));
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
		}
		model.addAttribute("conducts", RatingConduct.values());
		return "inspection/code-check";
	}

	@PostMapping("/public/inspections/codes/{code}/rating")
	String rate(@PathVariable String code, @RequestParam(required = false) @Nullable Integer score,
			@RequestParam(required = false) @Nullable List<RatingConduct> conduct,
			@RequestParam(required = false) @Nullable String comment,
			@RequestParam(required = false) @Nullable String secret, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			codes.throttle(request.getRemoteAddr());
			if (score == null || score < 1 || score > 5 || (comment != null && comment.length() > 500)) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.rating-input");
			}
			codes.rate(code, new CodeViews.RatingInput(score, conduct, comment, secret));
			redirect.addFlashAttribute("rated", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("code", code);
		return "redirect:/public/inspections/codes/{code}";
	}
}
