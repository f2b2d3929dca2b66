package cn.oneteam.disclosure;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's landing page {@code /public} (the public services there are) and the officer verification pages:
 * enter a number, or open {@code /public/officers/{number}} from the certificate's QR
 * (docs/adr/0040-public-portal-and-officer-verification.md).
 */
@Controller
class PublicPortalPageController {

	private final OfficerVerification officers;

	PublicPortalPageController(OfficerVerification officers) {
		this.officers = officers;
	}

	@GetMapping({ "/public", "/public/" })
	String portal() {
		return "disclosure/portal";
	}

	@GetMapping("/public/officers")
	String form(@RequestParam(required = false) @Nullable String number, RedirectAttributes redirect) {
		if (number != null && !number.isBlank()) {
			redirect.addAttribute("number", OfficerVerification.normalise(number));
			return "redirect:/public/officers/{number}";
		}
		return "disclosure/officer";
	}

	@GetMapping("/public/officers/{certificateNumber}")
	String check(@PathVariable String certificateNumber, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("number", certificateNumber);
		try {
			officers.throttle(request.getRemoteAddr());
			model.addAttribute("check", officers.check(certificateNumber));
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
		}
		return "disclosure/officer";
	}
}
