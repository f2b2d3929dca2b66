package cn.oneteam.disclosure;

import java.util.List;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 事前公开 pages: the enforcement bodies, a body's matters, the townships' empowerment lists
 * (docs/adr/0041-public-lists-before-enforcement.md). Bad input answers with the page and a localised message under
 * the problem's status (docs/adr/0012-bad-input.md).
 */
@Controller
class PublicBeforePageController {

	private final BeforeEnforcement before;

	PublicBeforePageController(BeforeEnforcement before) {
		this.before = before;
	}

	@GetMapping("/public/bodies")
	String bodies(@RequestParam(required = false) @Nullable String division, Model model,
			HttpServletResponse response) {
		model.addAttribute("division", division == null ? "" : division);
		try {
			model.addAttribute("bodies", before.bodies(division));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
			model.addAttribute("bodies", List.of());
		}
		return "disclosure/bodies";
	}

	@GetMapping("/public/bodies/{id}/matters")
	String matters(@PathVariable String id, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("result", before.matters(id));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
		}
		return "disclosure/body-matters";
	}

	@GetMapping("/public/empowerment")
	String empowerment(@RequestParam(required = false) @Nullable String division, Model model,
			HttpServletResponse response) {
		model.addAttribute("division", division == null ? "" : division);
		try {
			model.addAttribute("entries", before.empowerments(division));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
			model.addAttribute("entries", List.of());
		}
		return "disclosure/empowerment";
	}

	private static void failed(RuleViolation violation, Model model, HttpServletResponse response) {
		response.setStatus(violation.status());
		model.addAttribute("error", FlashMessage.of(violation));
	}
}
