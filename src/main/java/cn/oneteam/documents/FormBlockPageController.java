package cn.oneteam.documents;

import java.time.Clock;
import java.time.LocalDate;

import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.PersonCategory;
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

/** 预编号表单: the blocks of on-the-spot decision forms of the caller's body, issuing a block, voiding a form. */
@Controller
class FormBlockPageController {

	private final FormBlocks blocks;

	private final Officers officers;

	private final Clock clock;

	FormBlockPageController(FormBlocks blocks, Officers officers, Clock clock) {
		this.blocks = blocks;
		this.officers = officers;
		this.clock = clock;
	}

	@GetMapping("/documents/forms")
	String page(@RequestParam(required = false) @Nullable Long block, ScopedPrincipal caller, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("blocks", blocks.blocks(caller.organizationId()));
		model.addAttribute("holders", officers.people(new OrganizationId(caller.organizationId()), caller.jurisdiction())
			.stream()
			.filter(p -> p.category() == PersonCategory.ESTABLISHMENT && p.inPostOn(today))
			.toList());
		if (block != null) {
			model.addAttribute("selected", block);
			model.addAttribute("uses", blocks.uses(caller.organizationId(), block));
		}
		return "documents/forms";
	}

	@PostMapping("/documents/forms")
	String issue(@RequestParam String series, @RequestParam int first, @RequestParam int last,
			@RequestParam long holder, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			FormBlocks.Block issued = blocks.issue(series, first, last, holder, caller);
			redirect.addFlashAttribute("issued", issued.first() + " – " + issued.last());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/documents/forms";
	}

	@PostMapping("/documents/forms/void")
	String voidNumber(@RequestParam String number, @RequestParam String reason, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("voided", blocks.voidNumber(number, reason, caller).number());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/documents/forms";
	}
}
