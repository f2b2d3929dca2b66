package cn.oneteam.documents;


import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents' administration pages: the templates in force for my body with their versions, editing a template's
 * layout and wording (saved as a new version, checked against the fields of its type), and my body's 机关代字 with the
 * numbers issued and voided.
 */
@Controller
class DocumentPageController {

	private final DocumentTemplates templates;

	private final DocumentNumbers numbers;

	DocumentPageController(DocumentTemplates templates, DocumentNumbers numbers) {
		this.templates = templates;
		this.numbers = numbers;
	}

	@GetMapping("/documents/templates")
	String list(ScopedPrincipal caller, Model model) {
		model.addAttribute("templates", templates.inForce(caller.organizationId()));
		return "documents/templates";
	}

	@GetMapping("/documents/templates/{type}")
	String edit(@PathVariable String type, @RequestParam(defaultValue = "BODY") DocumentTemplates.Scope scope,
			ScopedPrincipal caller, Model model) {
		DocumentType t = DocumentTemplateApiController.type(type);
		return edit(t, scope, templates.resolve(caller.organizationId(), t).layout().json(), caller, model);
	}

	@PostMapping("/documents/templates/{type}")
	String save(@PathVariable String type, @RequestParam DocumentTemplates.Scope scope, @RequestParam String layout,
			@RequestParam(required = false) @Nullable String note, ScopedPrincipal caller, Model model,
			RedirectAttributes redirect) {
		DocumentType t = DocumentTemplateApiController.type(type);
		try {
			DocumentTemplates.Template saved = templates.save(t, scope, key(scope, caller), layout, note, caller);
			redirect.addFlashAttribute("savedVersion", saved.version());
			return "redirect:/documents/templates/" + t.slug() + "?scope=" + scope;
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", FlashMessage.of(violation));
		}
		catch (AccessDeniedException denied) {
			model.addAttribute("error", new FlashMessage("document.template-not-yours",
					new String[] { scope.name(), key(scope, caller) }));
		}
		return edit(t, scope, layout, caller, model);
	}

	private String edit(DocumentType type, DocumentTemplates.Scope scope, String layout, ScopedPrincipal caller,
			Model model) {
		model.addAttribute("type", type);
		model.addAttribute("scope", scope);
		model.addAttribute("scopes", DocumentTemplates.Scope.values());
		model.addAttribute("layout", layout);
		model.addAttribute("fields", templates.fields(type));
		model.addAttribute("inForce", templates.resolve(caller.organizationId(), type));
		model.addAttribute("versions", java.util.Arrays.stream(DocumentTemplates.Scope.values())
			.flatMap(s -> templates.versions(type, s, key(s, caller)).stream())
			.toList());
		return "documents/template";
	}

	private String key(DocumentTemplates.Scope scope, ScopedPrincipal caller) {
		return switch (scope) {
			case NATIONAL -> "";
			case PROVINCE -> templates.province(caller.organizationId());
			case BODY -> String.valueOf(caller.organizationId());
		};
	}

	@GetMapping("/documents/codes")
	String codes(ScopedPrincipal caller, Model model) {
		model.addAttribute("codes", numbers.codes(caller.organizationId()).orElse(null));
		model.addAttribute("numbers", numbers.numbers(caller.organizationId(), null));
		model.addAttribute("typeCodes", numbers.typeCodes(caller.organizationId()));
		model.addAttribute("organizationId", caller.organizationId());
		return "documents/codes";
	}

	@PostMapping("/documents/codes")
	String setCodes(@RequestParam String bodyCode, @RequestParam(required = false) @Nullable String template,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		return saveCodes(() -> numbers.setCodes(caller.organizationId(), bodyCode, template, caller), caller, redirect);
	}

	@PostMapping("/documents/codes/types")
	String setTypeCode(@RequestParam DocumentType type, @RequestParam(required = false) @Nullable String code,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		return saveCodes(() -> numbers.setTypeCode(caller.organizationId(), type, code, caller), caller, redirect);
	}

	/** Saves codes of the caller's body (its head), back on the codes page with the outcome. */
	private String saveCodes(Runnable save, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			save.run();
			redirect.addFlashAttribute("codesSaved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		catch (AccessDeniedException denied) {
			redirect.addFlashAttribute("error", new FlashMessage("document.codes-not-yours",
					new String[] { String.valueOf(caller.organizationId()) }));
		}
		return "redirect:/documents/codes";
	}

	@PostMapping("/documents/numbers/{id}/void")
	String voidNumber(@PathVariable long id, @RequestParam String reason, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			numbers.voidNumber(id, reason, caller);
			redirect.addFlashAttribute("voided", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		catch (AccessDeniedException denied) {
			redirect.addFlashAttribute("error", new FlashMessage("document.not-voidable", new String[] { String.valueOf(id) }));
		}
		return "redirect:/documents/codes";
	}
}
