package cn.oneteam.supervision.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.campaign.Rectification.NewRectification;
import cn.oneteam.supervision.campaign.Rectification.Source;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rectification pages: the list, the new-task form (reached from a scored case, an alert, a finding or a
 * complaint by {@code /supervision/rectifications/new?body=&source=&ref=}), a task with its answer, close and reopen
 * forms (docs/adr/0035-review-campaigns-and-rectification.md).
 */
@Controller
class RectificationPageController {

	private final Rectifications rectifications;

	RectificationPageController(Rectifications rectifications) {
		this.rectifications = rectifications;
	}

	@GetMapping("/supervision/rectifications")
	String list(ScopedPrincipal caller, Model model) {
		model.addAttribute("rectifications", rectifications.list(caller));
		return "supervision/rectifications";
	}

	@GetMapping("/supervision/rectifications/new")
	@PreAuthorize("hasAuthority('supervision:review')")
	String form(@RequestParam(required = false) @Nullable Long body,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String ref, ScopedPrincipal caller, Model model) {
		Source known = null;
		for (Source s : Source.values()) {
			if (s.name().equals(source)) {
				known = s;
			}
		}
		model.addAttribute("input", new NewRectification(body, known, ref, null, null));
		model.addAttribute("sources", Source.values());
		model.addAttribute("bodies", rectifications.bodies(caller));
		return "supervision/rectification-new";
	}

	@PostMapping("/supervision/rectifications")
	String open(@RequestParam(required = false) @Nullable Long bodyId,
			@RequestParam(required = false) @Nullable Source source,
			@RequestParam(required = false) @Nullable String sourceRef,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn, ScopedPrincipal caller, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		NewRectification input = new NewRectification(bodyId, source, sourceRef, title, dueOn);
		try {
			redirect.addAttribute("id", rectifications.open(input, caller).id());
			return "redirect:/supervision/rectifications/{id}";
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
			model.addAttribute("input", input);
			model.addAttribute("sources", Source.values());
			model.addAttribute("bodies", rectifications.bodies(caller));
			return "supervision/rectification-new";
		}
	}

	@GetMapping("/supervision/rectifications/{id}")
	String task(@PathVariable long id, ScopedPrincipal caller, Model model) {
		model.addAttribute("task", rectifications.rectification(id, caller));
		return "supervision/rectification";
	}

	@PostMapping("/supervision/rectifications/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) @Nullable String whatWasDone,
			@RequestParam(required = false) @Nullable String evidenceDescription,
			@RequestParam(required = false) @Nullable MultipartFile file, ScopedPrincipal caller,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				rectifications.answer(id, whatWasDone, evidenceDescription, null, caller);
			}
			else {
				try (InputStream in = file.getInputStream()) {
					rectifications.answer(id, whatWasDone, evidenceDescription, new Rectifications.EvidenceFile(
							String.valueOf(file.getOriginalFilename()), file.getContentType(), in), caller);
				}
			}
			redirect.addFlashAttribute("done", "answer");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("id", id);
		return "redirect:/supervision/rectifications/{id}";
	}

	@PostMapping("/supervision/rectifications/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			switch (step) {
				case "close" -> rectifications.close(id, note, caller);
				case "reopen" -> rectifications.reopen(id, note, dueOn, caller);
				default -> throw new RuleViolation(RuleViolation.NOT_FOUND, "supervision.rectification-unknown");
			}
			redirect.addFlashAttribute("done", step);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("id", id);
		return "redirect:/supervision/rectifications/{id}";
	}
}
