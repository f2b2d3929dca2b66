package cn.oneteam.inspection.draw;

import java.util.Locale;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task page's forms of the draw (docs/adr/0026-the-draw.md, docs/adr/0025-inspection-items-and-plans.md, Pages):
 * draw the task now, declare a conflict; back on the task's page with the draw made (its public page linked) or the
 * refusal next to the form.
 */
@Controller
class TaskDrawPageController {

	private final TaskDraws taskDraws;

	private final JurisdictionDraws jurisdiction;

	private final MessageSource messages;

	TaskDrawPageController(TaskDraws taskDraws, JurisdictionDraws jurisdiction, MessageSource messages) {
		this.taskDraws = taskDraws;
		this.jurisdiction = jurisdiction;
		this.messages = messages;
	}

	@PostMapping("/inspections/tasks/{id}/draw")
	String draw(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Integer inspectorsPerSubject,
			@RequestParam(defaultValue = "false") boolean recuseDeclaredConflicts, ScopedPrincipal caller, Locale locale,
			RedirectAttributes redirect) {
		try {
			if (reason == null || reason.isBlank()) {
				throw required("draw.reason", locale);
			}
			DrawViews.Made made = taskDraws.draw(id,
					new TaskDraws.Input(reason.strip(), inspectorsPerSubject, recuseDeclaredConflicts), caller);
			redirect.addFlashAttribute("drawn", made.published());
		}
		catch (RuleViolation violation) {
			refused(violation, "draw", redirect);
		}
		return "redirect:/inspections/tasks/" + id;
	}

	/** A declared conflict (the inspector is never drawn for the subject); back on the task's page it came from. */
	@PostMapping("/inspections/tasks/{id}/conflicts")
	String declare(@PathVariable long id, @RequestParam(required = false) @Nullable String certificateNumber,
			@RequestParam(required = false) @Nullable String subjectCode,
			@RequestParam(required = false) @Nullable String reason, ScopedPrincipal caller, Locale locale,
			RedirectAttributes redirect) {
		try {
			String certificate = text(certificateNumber, "inspection.pages.conflict.certificate", locale);
			String subject = text(subjectCode, "inspection.pages.conflict.subject", locale);
			String why = text(reason, "inspection.pages.conflict.reason", locale);
			jurisdiction.declare(new JurisdictionDraws.Conflict(certificate, subject, why), caller);
			redirect.addFlashAttribute("conflictDeclared", certificate + " · " + subject);
		}
		catch (RuleViolation violation) {
			refused(violation, "conflict", redirect);
		}
		return "redirect:/inspections/tasks/" + id;
	}

	private String text(@Nullable String value, String key, Locale locale) {
		if (value == null || value.isBlank()) {
			throw required(key, locale);
		}
		return value.strip();
	}

	private RuleViolation required(String key, Locale locale) {
		return new RuleViolation(RuleViolation.BAD_REQUEST, "inspection.field-required",
				messages.getMessage(key, null, key, locale));
	}

	private static void refused(RuleViolation violation, String form, RedirectAttributes redirect) {
		if (violation.status() == RuleViolation.NOT_FOUND) {
			throw violation;
		}
		redirect.addFlashAttribute("error", FlashMessage.of(violation));
		redirect.addFlashAttribute("errorAt", form);
	}
}
