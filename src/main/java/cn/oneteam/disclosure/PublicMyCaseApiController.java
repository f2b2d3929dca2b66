package cn.oneteam.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A party's own case without an account (docs/adr/0044-party-case-look-up.md): the JSON of the look-up the page
 * {@code /public/my-case} makes. Personal: never stored by a cache.
 */
@RestController
@Tag(name = "public my case 当事人查询案件", description = "A party looks up its own case by a number printed on its "
		+ "documents, the last 4–6 characters of its credit code or ID number, and the access code printed on them")
class PublicMyCaseApiController {

	private final PartyCaseLookup lookup;

	private final MessageSource messages;

	PublicMyCaseApiController(PartyCaseLookup lookup, MessageSource messages) {
		this.lookup = lookup;
		this.messages = messages;
	}

	/** What the party types: a decision or document number, the last characters of its code, the access code. */
	record MyCaseQuery(@Nullable String number, @Nullable String digits, @Nullable String code) {
	}

	@PostMapping("/api/v1/public/my-case")
	@Operation(summary = "The case's stage, the periods the party acts in, the documents it received (with links "
			+ "valid for oneteam.disclosure.my-case.link-validity) and how to pay",
			description = "All three must match: 404 disclosure.my-case-refused whichever did not (or an empty field); "
					+ "429 disclosure.my-case-rate-limited (bucket oneteam.disclosure.my-case per client address), 429 "
					+ "disclosure.my-case-locked (the number refused max-refusals times to this client, or "
					+ "max-refusals-per-number times to all, within lock). Every look-up is recorded.")
	MyCaseAnswer lookUp(@RequestBody(required = false) @Nullable MyCaseQuery query, HttpServletRequest request,
			HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		MyCaseQuery q = query == null ? new MyCaseQuery(null, null, null) : query;
		PartyCaseLookup.Found found = lookup.lookUp(new PartyCaseLookup.Query(q.number(), q.digits(), q.code()),
				request.getRemoteAddr(), PartyCaseLookup.Channel.API);
		return MyCaseAnswer.of(found, messages, LocaleContextHolder.getLocale(), request.getContextPath());
	}
}
