package cn.oneteam.credit;

import java.time.LocalDate;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The credit page of a subject (docs/adr/0022-credit-and-risk.md): the class today with its reasons, the history, the
 * facts, the list entries and the repairs, with the forms to list, remove, apply for and decide a repair; and the
 * rules page. A refusal comes back with its reason.
 */
@Controller
class CreditPageController {

	private final Credit credit;

	CreditPageController(Credit credit) {
		this.credit = credit;
	}

	@GetMapping("/credit/subjects/{id}")
	String page(@PathVariable long id, ScopedPrincipal caller, Model model) {
		model.addAttribute("credit", credit.of(id, caller));
		model.addAttribute("lists", ListKind.values());
		model.addAttribute("grounds", AbnormalGround.values());
		return "credit/subject";
	}

	@PostMapping("/credit/subjects/{id}/lists")
	String list(@PathVariable long id, @RequestParam ListKind list, @RequestParam(required = false) @Nullable AbnormalGround ground,
			@RequestParam String reason, @RequestParam String decidingBody,
			@RequestParam(required = false) @Nullable Long caseId,
			@RequestParam(required = false) @Nullable String decisionNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate listedOn,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		return act(id, redirect, () -> credit.list(id, new CreditInputs.Listing(list, ground, reason, decidingBody, caseId,
				decisionNumber, listedOn), caller));
	}

	@PostMapping("/credit/subjects/{id}/lists/{entryId}/removal")
	String remove(@PathVariable long id, @PathVariable long entryId, @RequestParam String reason,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		return act(id, redirect, () -> credit.remove(id, entryId, new CreditInputs.Removal(reason, null), caller));
	}

	@PostMapping("/credit/subjects/{id}/repairs")
	String apply(@PathVariable long id, @RequestParam long factId, @RequestParam String ground, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> credit.applyForRepair(id, new CreditInputs.RepairApplication(factId, ground),
				caller));
	}

	@PostMapping("/credit/subjects/{id}/repairs/{repairId}/decision")
	String decide(@PathVariable long id, @PathVariable long repairId, @RequestParam boolean approve,
			@RequestParam String reasons, ScopedPrincipal caller, RedirectAttributes redirect) {
		return act(id, redirect, () -> credit.decideRepair(id, repairId, new CreditInputs.RepairDecision(approve,
				reasons), caller));
	}

	@GetMapping("/credit/rules")
	String rules(Model model) {
		model.addAttribute("rules", credit.rules());
		model.addAttribute("thresholds", credit.thresholds());
		model.addAttribute("classes", CreditClass.values());
		return "credit/rules";
	}

	@PostMapping("/credit/rules/{kind}")
	String updateRule(@PathVariable FactKind kind, @RequestParam int weight, @RequestParam int countsMonths,
			@RequestParam(required = false) @Nullable CreditClass forcesClass, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			credit.updateRule(kind, new CreditInputs.RuleUpdate(weight, countsMonths, forcesClass), caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/credit/rules";
	}

	@PostMapping("/credit/thresholds/{creditClass}")
	String updateThreshold(@PathVariable CreditClass creditClass, @RequestParam int minScore, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			credit.updateThreshold(creditClass, new CreditInputs.ThresholdUpdate(minScore), caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/credit/rules";
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/credit/subjects/" + id;
	}
}
