package cn.oneteam.identity;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login, the workbench (工作台) and the user's own API tokens. */
@Controller
class IdentityPageController {

	private final Accounts accounts;

	private final Clock clock;

	IdentityPageController(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The sign-in page; {@code wait}: seconds before the next attempt is checked (docs/adr/0011-sign-in-protection.md). */
	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String wait, Model model) {
		if (wait != null && wait.matches("[0-9]{1,7}") && Long.parseLong(wait) > 0) {
			long seconds = Long.parseLong(wait);
			model.addAttribute("waitSeconds", seconds);
			model.addAttribute("waitMinutes", (seconds + 59) / 60);
		}
		return "identity/login";
	}

	@GetMapping("/")
	String workbench(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("me", me);
		return "identity/workbench";
	}

	@GetMapping("/me/tokens")
	String tokens(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("tokens", accounts.tokens(me.accountId()));
		model.addAttribute("validityDays", accounts.tokenValidityDays());
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("now", OffsetDateTime.now(clock));
		return "identity/tokens";
	}

	@PostMapping("/me/tokens")
	String issue(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String name,
			@RequestParam(defaultValue = "FULL") TokenScope scope, @RequestParam(required = false) @Nullable Integer days,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issued", accounts.issueToken(me.accountId(), name, scope, days).secret());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/me/tokens";
	}

	@PostMapping("/me/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		accounts.revokeToken(me.accountId(), id);
		return "redirect:/me/tokens";
	}
}
