package cn.oneteam.supervision.exam;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.EnforcementDomain;
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

/** The exam pages of the 司法局 and the public pass list (docs/adr/0038-external-supervisors-and-exams.md). */
@Controller
class ExamPageController {

	private final ExamSessions exams;

	private final Officers officers;

	private final Organizations organizations;

	ExamPageController(ExamSessions exams, Officers officers, Organizations organizations) {
		this.exams = exams;
		this.officers = officers;
		this.organizations = organizations;
	}

	@GetMapping("/supervision/exams")
	@PreAuthorize("hasAuthority('supervision:review')")
	String sessions(ScopedPrincipal caller, Model model) {
		model.addAttribute("sessions", exams.sessions(caller));
		model.addAttribute("domains", EnforcementDomain.values());
		return "supervision/exams";
	}

	@PostMapping("/supervision/exams")
	String create(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
			@RequestParam(required = false) @Nullable EnforcementDomain domain,
			@RequestParam(required = false) @Nullable BigDecimal passMark, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			ExamViews.Session session = exams.create(new ExamViews.NewSession(name, heldOn, domain, passMark), caller);
			redirect.addAttribute("id", session.id());
			return "redirect:/supervision/exams/{id}";
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			return "redirect:/supervision/exams";
		}
	}

	@GetMapping("/supervision/exams/{id}")
	@PreAuthorize("hasAuthority('supervision:review')")
	String session(@PathVariable long id, @RequestParam(required = false) @Nullable Long body, ScopedPrincipal caller,
			Model model) {
		ExamViews.Session session = exams.session(id, caller);
		model.addAttribute("exam", session);
		model.addAttribute("candidates", exams.candidates(id, caller));
		model.addAttribute("bodies", organizations.visibleIn(caller.jurisdiction()).stream()
			.filter(o -> o.kind() != OrganizationKind.PLATFORM_OPERATOR && o.isWithin(caller.jurisdiction()))
			.sorted(java.util.Comparator.comparing(Organization::name))
			.toList());
		model.addAttribute("body", body);
		if (body != null) {
			model.addAttribute("people", officers.people(new cn.oneteam.organization.OrganizationId(body),
					caller.jurisdiction()).stream().filter(p -> p.category() == PersonCategory.ESTABLISHMENT).toList());
		}
		if (session.published()) {
			model.addAttribute("passList", exams.passList(id));
		}
		return "supervision/exam";
	}

	@PostMapping("/supervision/exams/{id}/candidates")
	String register(@PathVariable long id, @RequestParam(required = false) @Nullable Long personId,
			@RequestParam(required = false) @Nullable Long body, ScopedPrincipal caller, RedirectAttributes redirect) {
		return step(id, body, redirect, () -> exams.register(id, personId, caller));
	}

	@PostMapping("/supervision/exams/{id}/candidates/{candidateId}/scores")
	String score(@PathVariable long id, @PathVariable long candidateId,
			@RequestParam(required = false) @Nullable BigDecimal general,
			@RequestParam(required = false) @Nullable BigDecimal special, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		return step(id, null, redirect, () -> exams.score(id, candidateId, general, special, caller));
	}

	@PostMapping("/supervision/exams/{id}/publish")
	String publish(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		return step(id, null, redirect, () -> exams.publish(id, caller));
	}

	private String step(long id, @Nullable Long body, RedirectAttributes redirect, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("id", id);
		if (body != null) {
			redirect.addAttribute("body", body);
		}
		return "redirect:/supervision/exams/{id}";
	}
}
