package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.RemedyBodies;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a body's head sets the 复议机关 and the court its decisions name (docs/adr/0020-decision-contents.md). */
@Controller
class RemedyBodyPageController {

	private final RemedyBodies remedies;

	RemedyBodyPageController(RemedyBodies remedies) {
		this.remedies = remedies;
	}

	@GetMapping("/cases/remedy-bodies")
	String show(ScopedPrincipal caller, Model model) {
		model.addAttribute("setting", remedies.of(caller.organizationId()));
		return "casehandling/remedy-bodies";
	}

	@PostMapping("/cases/remedy-bodies")
	String set(@RequestParam(required = false) @Nullable String reconsiderationBody,
			@RequestParam(required = false) @Nullable String court, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			remedies.set(new RemedyBodies.Change(reconsiderationBody, court), caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/cases/remedy-bodies";
	}
}
