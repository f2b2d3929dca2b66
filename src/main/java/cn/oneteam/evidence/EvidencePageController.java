package cn.oneteam.evidence;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Person;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.shared.ScopedPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The 证据 section of a case page, loaded by htmx (or opened as a page without script): the case's evidence with
 * its integrity, download links, a re-check, and the upload form, which streams the file to the API.
 */
@Controller
class EvidencePageController {

	private static final long MEGABYTE = 1024 * 1024;

	private final Evidence evidence;

	private final Officers officers;

	private final Clock clock;

	EvidencePageController(Evidence evidence, Officers officers, Clock clock) {
		this.evidence = evidence;
		this.officers = officers;
		this.clock = clock;
	}

	@GetMapping("/cases/{caseId}/evidence")
	String section(@PathVariable long caseId, ScopedPrincipal caller, HttpServletRequest request, Model model) {
		model.addAttribute("caseId", caseId);
		model.addAttribute("items", evidence.list(OwnerKind.CASE, caseId, caller));
		model.addAttribute("types", EvidenceType.values());
		model.addAttribute("maxSizeMb", evidence.maxSize() / MEGABYTE);
		model.addAttribute("now", LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
		model.addAttribute("collectors", collectors(caller));
		model.addAttribute("me", officers.personOfAccount(caller.accountId()).map(p -> p.id().value()).orElse(0L));
		return request.getHeader("HX-Request") != null ? "evidence/section :: evidenceSection" : "evidence/section";
	}

	/** Re-hashes an item of the case and shows the section again with the result. */
	@PostMapping("/cases/{caseId}/evidence/{id}/verify")
	String verify(@PathVariable long caseId, @PathVariable long id, ScopedPrincipal caller,
			HttpServletRequest request, Model model) throws IOException {
		if (evidence.item(id, caller).ownerId() != caseId) {
			throw new EvidenceViolation(EvidenceViolation.NOT_FOUND, "evidence.unknown", id);
		}
		evidence.verify(id, caller);
		return section(caseId, caller, request, model);
	}

	/** The people of the caller's body who may be named as collecting: its establishment staff in post. */
	private List<Person> collectors(ScopedPrincipal caller) {
		return officers.people(new OrganizationId(caller.organizationId()), caller.jurisdiction())
			.stream()
			.filter(p -> p.category() == PersonCategory.ESTABLISHMENT && p.leftOn() == null)
			.toList();
	}
}
