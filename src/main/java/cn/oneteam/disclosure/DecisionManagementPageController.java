package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.oneteam.disclosure.DecisionPublications.Ground;
import cn.oneteam.disclosure.DecisionPublications.Withdrawal;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
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
 * The small management page of a body's publications (docs/adr/0043-published-decisions.md): each with its due day and
 * standing, a page at a time, found by its number; the head of the body it is issued in keeps a pending one private or
 * withdraws a published one with the revocation day, the ground and the reasons.
 */
@Controller
class DecisionManagementPageController {

	private final DecisionPublications publications;

	DecisionManagementPageController(DecisionPublications publications) {
		this.publications = publications;
	}

	@GetMapping("/disclosure/decisions")
	String list(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable Integer page, ScopedPrincipal caller, Model model) {
		DecisionPublications.Page<DecisionPublications.ManagedDecision> found = publications.ofBody(caller, number, page,
				50);
		model.addAttribute("decisions", found.items());
		model.addAttribute("found", found);
		model.addAttribute("number", number == null ? "" : number.strip());
		model.addAttribute("grounds", Ground.values());
		model.addAttribute("head", DecisionPublications.isHead());
		model.addAttribute("bodyId", caller.organizationId());
		return "disclosure/manage-decisions";
	}

	@PostMapping("/disclosure/decisions/{id}/withdrawal")
	String withdraw(@PathVariable long id, @RequestParam(required = false) @Nullable String revokedOn,
			@RequestParam(required = false) @Nullable String ground, @RequestParam(required = false) @Nullable String reason,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			publications.withdraw(id, new Withdrawal(date(revokedOn), ground(ground), reason == null ? "" : reason),
					caller);
			redirect.addFlashAttribute("withdrawn", id);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/disclosure/decisions";
	}

	@PostMapping("/disclosure/decisions/{id}/keep-private")
	String keepPrivate(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			publications.keepPrivate(id, new DecisionPublications.KeepPrivate(reason == null ? "" : reason), caller);
			redirect.addFlashAttribute("keptPrivate", id);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/disclosure/decisions";
	}

	private static LocalDate date(@Nullable String text) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.date-malformed", text == null ? "" : text);
		}
	}

	private static Ground ground(@Nullable String text) {
		try {
			return Ground.valueOf(text == null ? "" : text);
		}
		catch (IllegalArgumentException e) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.ground-unknown", text == null ? "" : text);
		}
	}
}
