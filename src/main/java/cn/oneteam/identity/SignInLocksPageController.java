package cn.oneteam.identity;

import cn.oneteam.platform.LoginThrottle;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 登录保护 page: the administrator sees who is held back from signing in and unlocks. */
@Controller
class SignInLocksPageController {

	private final SignInLocks locks;

	SignInLocksPageController(SignInLocks locks) {
		this.locks = locks;
	}

	@GetMapping("/sign-in/protection")
	String page(Model model) {
		model.addAttribute("throttles", locks.recent());
		model.addAttribute("attempts", locks.attempts(null, null, 50));
		return "identity/sign-in-protection";
	}

	@PostMapping("/sign-in/protection/unlock")
	String unlock(@AuthenticationPrincipal AccountPrincipal me, @RequestParam LoginThrottle.Kind kind,
			@RequestParam String key, RedirectAttributes redirect) {
		locks.unlock(kind, key, me.accountId());
		redirect.addFlashAttribute("unlocked", key);
		return "redirect:/sign-in/protection";
	}
}
