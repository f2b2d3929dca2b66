package cn.oneteam.disclosure;

import java.nio.charset.StandardCharsets;

import cn.oneteam.casehandling.PartyCases;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a party looks its own case up on, {@code /public/my-case} (docs/adr/0044-party-case-look-up.md): the form,
 * the answer (posted, so that the code never stands in an address or a log), and the documents by the links of the
 * answer. Personal: never stored by a cache; the typed code is never shown back.
 */
@Controller
class PublicMyCasePageController {

	private final PartyCaseLookup lookup;

	private final MessageSource messages;

	PublicMyCasePageController(PartyCaseLookup lookup, MessageSource messages) {
		this.lookup = lookup;
		this.messages = messages;
	}

	@GetMapping("/public/my-case")
	String form(Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("minDigits", PartyCases.MIN_DIGITS);
		model.addAttribute("maxDigits", PartyCases.MAX_DIGITS);
		return "disclosure/my-case";
	}

	@PostMapping("/public/my-case")
	String lookUp(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String digits,
			@RequestParam(required = false) @Nullable String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String view = form(model, response);
		model.addAttribute("number", number);
		try {
			PartyCaseLookup.Found found = lookup.lookUp(new PartyCaseLookup.Query(number, digits, code),
					request.getRemoteAddr(), PartyCaseLookup.Channel.PAGE);
			model.addAttribute("answer", MyCaseAnswer.of(found, messages, LocaleContextHolder.getLocale(),
					request.getContextPath()));
			model.addAttribute("linksUntil", found.linksValidUntil().atZone(ChinaTime.ZONE)
				.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
		}
		return view;
	}

	@GetMapping("/public/my-case/documents/{token}")
	Object document(@PathVariable String token, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			PartyCases.PartyDocument document = lookup.download(token, request.getRemoteAddr());
			String name = (document.number() == null ? document.title() : document.title() + document.number())
				.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".pdf";
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.body(document.content());
		}
		catch (RuleViolation violation) {
			String view = form(model, response);
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
			return view;
		}
	}
}
