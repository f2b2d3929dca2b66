package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 事后公开 pages (docs/adr/0043-published-decisions.md): the search form and list, one decision, its
 * masked PDF, the withdrawal notices. Bad input answers with the page and a localised message under the problem's
 * status (docs/adr/0012-bad-input.md).
 */
@Controller
class PublicDecisionPageController {

	private final DecisionPublications publications;

	private final DecisionDocument document;

	PublicDecisionPageController(DecisionPublications publications, DecisionDocument document) {
		this.publications = publications;
		this.document = document;
	}

	@GetMapping("/public/decisions")
	String list(@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String page,
			Model model, HttpServletResponse response) {
		model.addAttribute("body", body == null ? "" : body);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("q", q == null ? "" : q);
		try {
			model.addAttribute("result", publications.list(number(body), date(from), date(to), q, number(page) == null
					? null : Math.toIntExact(number(page)), null));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
			model.addAttribute("result", new DecisionPublications.Page<>(0, 0, false, java.util.List.of()));
		}
		return "disclosure/decisions";
	}

	@GetMapping("/public/decisions/{id:\\d+}")
	String one(@PathVariable long id, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("decision", publications.find(id));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
			publications.notice(id).ifPresent(n -> model.addAttribute("notice", n));
		}
		return "disclosure/decision";
	}

	@GetMapping("/public/decisions/{id:\\d+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		DecisionPublications.PublicDecision decision = publications.find(id);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"decision-" + id + ".pdf\"")
			.body(document.pdf(decision));
	}

	@GetMapping("/public/decisions/withdrawn")
	String withdrawn(@RequestParam(required = false) @Nullable String page, Model model,
			HttpServletResponse response) {
		try {
			model.addAttribute("result", publications.withdrawn(number(page) == null ? null
					: Math.toIntExact(number(page)), null));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
			model.addAttribute("result", new DecisionPublications.Page<>(0, 0, false, java.util.List.of()));
		}
		return "disclosure/decisions-withdrawn";
	}

	private static @Nullable Long number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.strip().matches("\\d{1,9}")) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.number-malformed", text);
		}
		return Long.valueOf(text.strip());
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.date-malformed", text);
		}
	}

	private static void failed(RuleViolation violation, Model model, HttpServletResponse response) {
		response.setStatus(violation.status());
		model.addAttribute("error", FlashMessage.of(violation));
	}
}
