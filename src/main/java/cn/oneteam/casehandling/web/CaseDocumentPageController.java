package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseDocuments;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.oneteam.documents.IssuedDocuments;
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

/** The case page's 文书 section: issuing or correcting a document from the page, and a document's print view. */
@Controller
class CaseDocumentPageController {

	private final CaseDocuments documents;

	CaseDocumentPageController(CaseDocuments documents) {
		this.documents = documents;
	}

	@PostMapping("/cases/{id}/documents/{type}")
	String issue(@PathVariable long id, @PathVariable String type, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @Nullable Long supersedes, @RequestParam(required = false) @Nullable String reason,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		Map<String, String> inputs = new LinkedHashMap<>();
		form.forEach((k, v) -> {
			if (k.startsWith("input.") && !v.isBlank()) {
				inputs.put(k.substring(6), v.trim());
			}
		});
		try {
			IssuedDocuments.Summary issued = documents.issue(id, CaseDocumentApiController.type(type),
					new CaseDocuments.Request(null, null, inputs, supersedes, reason), caller);
			redirect.addFlashAttribute("issuedDocument", issued.id());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/cases/" + id + "#documents";
	}

	@GetMapping("/cases/{id}/documents/{documentId:\\d+}/print")
	String print(@PathVariable long id, @PathVariable long documentId, ScopedPrincipal caller, Model model) {
		documents.download(id, documentId, caller); // in the caller's jurisdiction, digest checked
		model.addAttribute("caseId", id);
		model.addAttribute("summary", documents.documents(id, caller).stream()
			.filter(s -> s.id() == documentId).findFirst().orElseThrow());
		return "casehandling/document-print";
	}
}
