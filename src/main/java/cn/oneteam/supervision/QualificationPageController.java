package cn.oneteam.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.oneteam.organization.NewBodyQualification;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import jakarta.servlet.http.HttpServletResponse;
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
 * The supervisor's page of enforcement bodies' qualification and the public announced list
 * (docs/adr/0037-enforcement-bodies-qualification.md).
 */
@Controller
class QualificationPageController {

	private final Qualifications qualifications;

	QualificationPageController(Qualifications qualifications) {
		this.qualifications = qualifications;
	}

	@GetMapping("/supervision/qualifications")
	String page(ScopedPrincipal caller, Model model) {
		model.addAttribute("standings", qualifications.overview(caller));
		model.addAttribute("bodies", qualifications.bodies(caller));
		model.addAttribute("year", qualifications.currentYear());
		model.addAttribute("expiringDays", qualifications.expiringDays());
		return "supervision/qualifications";
	}

	@PostMapping("/supervision/qualifications")
	String confirm(@RequestParam(required = false) @Nullable Long bodyId,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String legalBasis,
			@RequestParam(defaultValue = "false") boolean allMatters,
			@RequestParam(required = false) @Nullable String matters,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			qualifications.confirm(new NewBodyQualification(bodyId, year, legalBasis, allMatters, codes(matters),
					validFrom, validTo), caller);
			redirect.addFlashAttribute("done", "confirm");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/supervision/qualifications";
	}

	/** Matter codes as typed: separated by spaces, commas, semicolons or new lines. */
	static List<String> codes(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return Arrays.stream(typed.split("[\\s,，;；、]+")).filter(c -> !c.isBlank()).toList();
	}

	@PostMapping("/supervision/qualifications/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step,
			@RequestParam(required = false) @Nullable String reason, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "publish" -> qualifications.publish(id, caller);
				case "revoke" -> qualifications.revoke(id, reason, caller);
				default -> throw new RuleViolation(RuleViolation.NOT_FOUND, "organization.qualification-unknown", id);
			}
			redirect.addFlashAttribute("done", step);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/supervision/qualifications";
	}

	@GetMapping("/public/qualifications")
	String announced(@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable Integer year, HttpServletResponse response, Model model) {
		int shown = year == null ? qualifications.currentYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("division", division == null ? "" : division);
		try {
			model.addAttribute("announced", qualifications.announced(division, shown));
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
			model.addAttribute("announced", List.of());
		}
		return "supervision/qualifications-public";
	}
}
