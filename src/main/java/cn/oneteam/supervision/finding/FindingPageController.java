package cn.oneteam.supervision.finding;

import java.time.LocalDate;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The findings page: the list of the jurisdiction, the form of an external supervisor, the 司法局's answers and its
 * link to open a rectification (docs/adr/0038-external-supervisors-and-exams.md).
 */
@Controller
class FindingPageController {

	private final SupervisorFindings findings;

	FindingPageController(SupervisorFindings findings) {
		this.findings = findings;
	}

	@GetMapping("/supervision/findings")
	@PreAuthorize("hasAnyAuthority('supervision:read', 'supervision:review')")
	String list(ScopedPrincipal caller, Model model) {
		model.addAttribute("findings", findings.list(caller));
		model.addAttribute("kinds", ReferenceKind.values());
		return "supervision/findings";
	}

	/** The form of an external supervisor; its bodies only for one who may record. */
	@GetMapping("/supervision/findings/new")
	@PreAuthorize("hasAuthority('supervision:find')")
	String form(@RequestParam(required = false) @Nullable Long body,
			@RequestParam(required = false) @Nullable ReferenceKind kind,
			@RequestParam(required = false) @Nullable String ref, ScopedPrincipal caller, Model model) {
		model.addAttribute("bodies", findings.bodies(caller));
		model.addAttribute("kinds", ReferenceKind.values());
		model.addAttribute("input", new SupervisorFinding.New(body, kind, ref, null, null));
		return "supervision/finding-form";
	}

	@PostMapping("/supervision/findings")
	String record(@RequestParam(required = false) @Nullable Long bodyId,
			@RequestParam(required = false) @Nullable ReferenceKind referenceKind,
			@RequestParam(required = false) @Nullable String reference,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate observedOn,
			ScopedPrincipal caller, Model model, RedirectAttributes redirect) {
		SupervisorFinding.New input = new SupervisorFinding.New(bodyId, referenceKind, reference, text, observedOn);
		try {
			SupervisorFinding recorded = findings.record(input, caller);
			redirect.addFlashAttribute("recorded", recorded.id());
			return "redirect:/supervision/findings";
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", FlashMessage.of(violation));
			model.addAttribute("bodies", findings.bodies(caller));
			model.addAttribute("kinds", ReferenceKind.values());
			model.addAttribute("input", input);
			return "supervision/finding-form";
		}
	}

	@PostMapping("/supervision/findings/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) @Nullable String answer,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			findings.answer(id, answer, caller);
			redirect.addFlashAttribute("answered", id);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/supervision/findings";
	}
}
