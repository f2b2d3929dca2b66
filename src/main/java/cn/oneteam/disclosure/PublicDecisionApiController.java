package cn.oneteam.disclosure;

import java.time.LocalDate;

import cn.oneteam.disclosure.DecisionPublications.Page;
import cn.oneteam.disclosure.DecisionPublications.PublicDecision;
import cn.oneteam.disclosure.DecisionPublications.WithdrawalNotice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 事后公开 without an account: the published penalty decisions, masked, one by one, the withdrawal notices, and an
 * Atom feed of both for republishing (docs/adr/0043-published-decisions.md).
 */
@RestController
@Tag(name = "public decisions 事后公开", description = "Penalty decisions published within the configured working days "
		+ "of the decision, masked (natural persons as 张某某, no ID numbers, address to the township); withdrawals with "
		+ "their reasons")
class PublicDecisionApiController {

	private final DecisionPublications publications;

	private final DecisionFeed feed;

	PublicDecisionApiController(DecisionPublications publications, DecisionFeed feed) {
		this.publications = publications;
		this.feed = feed;
	}

	@GetMapping("/api/v1/public/decisions")
	@Operation(summary = "The published penalty decisions, newest decision first, by page (size capped at "
			+ "oneteam.disclosure.decisions.max-page-size, 50); hasNext instead of a total",
			description = "body: the id of the body the decision is issued in; from/to: the decision day; q: a fragment "
					+ "of the decision number, the (masked) party or its credit code. 400 disclosure.range-reversed, "
					+ "disclosure.query-too-long, disclosure.page-out-of-range, disclosure.size-out-of-range, and for a "
					+ "malformed date or id.")
	Page<PublicDecision> list(@Parameter(description = "body id") @RequestParam(required = false) @Nullable Long body,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return publications.list(body, from, to, q, page, size);
	}

	@GetMapping("/api/v1/public/decisions/{id}")
	@Operation(summary = "One published decision",
			description = "404 disclosure.decision-unknown for one not published (pending, kept back, unknown); 410 "
					+ "disclosure.decision-withdrawn, with the day and the reasons, for one withdrawn.")
	PublicDecision one(@PathVariable long id) {
		return publications.find(id);
	}

	@GetMapping("/api/v1/public/decisions/withdrawn")
	@Operation(summary = "The withdrawal notices (撤回公示), newest first: the decision's number, body and matter, the "
			+ "day revoked and withdrawn, the ground (REVOKED, CHANGED, ILLEGAL, VOID) and the reasons")
	Page<WithdrawalNotice> withdrawn(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return publications.withdrawn(page, size);
	}

	@GetMapping(value = "/api/v1/public/decisions.atom", produces = "application/atom+xml")
	@Operation(summary = "Atom 1.0 feed of the latest publications and withdrawals, for republishing")
	ResponseEntity<String> atom(HttpServletRequest request) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(feed.atom(request));
	}
}
