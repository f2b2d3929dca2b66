package cn.oneteam.exchange;

import java.util.UUID;

import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审管联动 page (exchange:manage): the partners (register, endpoint, active, new secret shown once), the messages sent
 * with their status and acknowledgement, the dead letters with resend, and the receipts of what was pushed.
 */
@Controller
class ExchangePageController {

	private final ExchangePartners partners;

	private final ExchangeSender sender;

	private final ExchangeInbound inbound;

	ExchangePageController(ExchangePartners partners, ExchangeSender sender, ExchangeInbound inbound) {
		this.partners = partners;
		this.sender = sender;
		this.inbound = inbound;
	}

	@GetMapping("/exchange")
	String page(@RequestParam(required = false) ExchangeMessage.@Nullable Status status, Model model) {
		model.addAttribute("partners", partners.all());
		model.addAttribute("status", status);
		model.addAttribute("messages", sender.messages(status, 100));
		model.addAttribute("dead", sender.messages(ExchangeMessage.Status.DEAD, 100));
		model.addAttribute("receipts", inbound.recent(50));
		return "exchange/index";
	}

	@PostMapping("/exchange/partners")
	String register(@RequestParam String code, @RequestParam String name,
			@RequestParam(required = false) @Nullable Long organizationId,
			@RequestParam(required = false) @Nullable String endpoint, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		PartnerInputs.WithSecret registered = partners.register(
				new PartnerInputs.Registration(code, name, organizationId, endpoint), caller);
		redirect.addFlashAttribute("secret", registered);
		return "redirect:/exchange";
	}

	@PostMapping("/exchange/partners/{id}")
	String change(@PathVariable long id, @RequestParam(required = false) @Nullable String endpoint,
			@RequestParam(defaultValue = "false") boolean active) {
		partners.change(id, new PartnerInputs.Change(endpoint, active));
		return "redirect:/exchange";
	}

	@PostMapping("/exchange/partners/{id}/secret")
	String rotate(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("secret", partners.rotateSecret(id));
		return "redirect:/exchange";
	}

	@PostMapping("/exchange/messages/{id}/resend")
	String resend(@PathVariable UUID id, RedirectAttributes redirect) {
		sender.resend(id);
		redirect.addFlashAttribute("resent", id.toString());
		return "redirect:/exchange";
	}
}
