package cn.oneteam.subject;

import java.io.IOException;
import java.util.List;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's page: search by code or name within the jurisdiction, and a form to register a subject; a refused
 * code comes back with its reason (docs/adr/0019-subject-register.md).
 */
@Controller
class SubjectPageController {

	private final Subjects subjects;

	private final SubjectImport importer;

	SubjectPageController(Subjects subjects, SubjectImport importer) {
		this.subjects = subjects;
		this.importer = importer;
	}

	/** An uploaded CSV or .xlsx (by its name's ending): the report, or the refusal with the refused rows. */
	@PostMapping("/subjects/import")
	String importFile(@RequestParam("file") MultipartFile file, ScopedPrincipal caller, RedirectAttributes redirect)
			throws IOException {
		String fileName = String.valueOf(file.getOriginalFilename());
		SubjectImport.Format format = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
				? SubjectImport.Format.XLSX : SubjectImport.Format.CSV;
		try (java.io.InputStream content = file.getInputStream()) {
			redirect.addFlashAttribute("imported", importer.importFile(fileName, format, content, caller));
		}
		catch (SubjectImportRejected rejected) {
			redirect.addFlashAttribute("error", FlashMessage.of(rejected));
			redirect.addFlashAttribute("refused", rejected.report());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/subjects";
	}

	@GetMapping("/subjects")
	String page(@RequestParam(required = false) @Nullable String q, ScopedPrincipal caller, Model model) {
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", search(q.strip(), caller));
		}
		return "subject/subjects";
	}

	@PostMapping("/subjects")
	String register(@RequestParam SubjectKind kind, @RequestParam String code, @RequestParam String name,
			@RequestParam String divisionCode, @RequestParam String streetAddress,
			@RequestParam(required = false) @Nullable String representative,
			@RequestParam(required = false) @Nullable String industryCode, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			SubjectView registered = subjects.register(new SubjectInputs.Registration(kind, code, name, divisionCode,
					streetAddress, representative, industryCode == null || industryCode.isBlank() ? null
							: industryCode.strip()), caller);
			redirect.addFlashAttribute("registered", registered);
			return "redirect:/subjects?q=" + java.net.URLEncoder.encode(registered.name(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			return "redirect:/subjects";
		}
	}

	/** A search text that reads as a whole code is looked up exactly, anything else by name. */
	private List<SubjectView> search(String q, ScopedPrincipal caller) {
		if (q.length() == 18 && q.chars().allMatch(Character::isLetterOrDigit) && q.chars().anyMatch(Character::isDigit)) {
			try {
				return List.of(subjects.byCode(q, caller));
			}
			catch (RuleViolation notFound) {
				// not a code of the register: try the name
			}
		}
		return subjects.byName(q, caller);
	}
}
