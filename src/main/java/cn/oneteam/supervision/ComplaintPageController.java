package cn.oneteam.supervision;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.ComplaintInputs.NewComplaint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public complaint form and follow-up page, and the supervisors' list with its steps
 * (docs/adr/0033-enforcement-complaints.md).
 */
@Controller
class ComplaintPageController {

	private final Complaints complaints;

	ComplaintPageController(Complaints complaints) {
		this.complaints = complaints;
	}

	@GetMapping("/public/supervision/complaints")
	String form(Model model) {
		model.addAttribute("bodies", complaints.bodies());
		return "supervision/complaint-form";
	}

	@PostMapping("/public/supervision/complaints")
	String submit(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable Long bodyId,
			@RequestParam(required = false) @Nullable String caseReference,
			@RequestParam(required = false) @Nullable String certificate,
			@RequestParam(required = false) @Nullable String inspectionCode,
			@RequestParam(required = false) @Nullable String facts, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			complaints.throttle(request.getRemoteAddr());
			ComplaintInputs.Receipt receipt = complaints.submit(
					new NewComplaint(name, phone, bodyId, caseReference, certificate, inspectionCode, facts));
			redirect.addFlashAttribute("received", true);
			redirect.addAttribute("tracking", receipt.trackingNumber());
			return "redirect:/public/supervision/complaints/{tracking}";
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
			model.addAttribute("bodies", complaints.bodies());
			model.addAttribute("input", new NewComplaint(name, phone, bodyId, caseReference, certificate,
					inspectionCode, facts));
			return "supervision/complaint-form";
		}
	}

	@GetMapping("/public/supervision/complaints/{trackingNumber}")
	String follow(@PathVariable String trackingNumber, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			complaints.throttleFollow(request.getRemoteAddr());
			model.addAttribute("complaint", complaints.follow(trackingNumber));
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
		}
		return "supervision/complaint-follow";
	}

	@GetMapping("/supervision/complaints")
	String list(ScopedPrincipal caller, Model model) {
		model.addAttribute("complaints", complaints.list(caller));
		model.addAttribute("findings", Finding.values());
		return "supervision/complaints";
	}

	@PostMapping("/supervision/complaints/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Finding finding,
			@RequestParam(required = false) @Nullable String answer, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "accept" -> complaints.accept(id, caller);
				case "refuse" -> complaints.refuse(id, reason, caller);
				case "extend" -> complaints.extend(id, reason, caller);
				case "conclude" -> complaints.conclude(id, finding, answer, caller);
				default -> throw new RuleViolation(RuleViolation.NOT_FOUND, "supervision.complaint-unknown");
			}
			redirect.addFlashAttribute("done", step);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/supervision/complaints";
	}
}
