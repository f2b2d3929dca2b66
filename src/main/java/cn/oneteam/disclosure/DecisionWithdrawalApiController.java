package cn.oneteam.disclosure;

import cn.oneteam.disclosure.DecisionPublications.KeepPrivate;
import cn.oneteam.disclosure.DecisionPublications.ManagedDecision;
import cn.oneteam.disclosure.DecisionPublications.Page;
import cn.oneteam.disclosure.DecisionPublications.Withdrawal;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The publications of the caller's body, and their withdrawal by its head (docs/adr/0043-published-decisions.md). */
@RestController
@Tag(name = "decision publications 处罚决定公开", description = "A body's published decisions; withdrawal (撤回) by its "
		+ "head with the revocation day and the reasons")
class DecisionWithdrawalApiController {

	private final DecisionPublications publications;

	DecisionWithdrawalApiController(DecisionPublications publications) {
		this.publications = publications;
	}

	@GetMapping("/api/v1/disclosure/decisions")
	@Operation(summary = "The publications of the caller's body (issued in its name or acted on by it), newest first, "
			+ "a page at a time, optionally those whose decision number contains `number`: due day, publication day and "
			+ "whether on time, status (PENDING, PUBLISHED, EXCLUDED with the reason, WITHDRAWN with the day and whether "
			+ "within the working days)", description = "400 for a negative page or size, a number over 50 characters.")
	Page<ManagedDecision> ofBody(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			ScopedPrincipal caller) {
		return publications.ofBody(caller, number, page, size);
	}

	@PostMapping("/api/v1/disclosure/decisions/{id}/keep-private")
	@Operation(summary = "Keeps a pending decision private (依法不予公开, 政府信息公开条例 §14, §15) with the reasons: "
			+ "EXCLUDED with the reason PRIVATE, never published",
			description = "A head (BUREAU_HEAD) of the body the decision is issued in. 400 reason missing, 403 "
					+ "disclosure.keep-private-not-permitted, 404 disclosure.decision-unknown, 409 "
					+ "disclosure.decision-not-pending; a refusal changes nothing.")
	ManagedDecision keepPrivate(@PathVariable long id, @Valid @RequestBody KeepPrivate keep, ScopedPrincipal caller) {
		return publications.keepPrivate(id, keep, caller);
	}

	@PostMapping("/api/v1/disclosure/decisions/{id}/withdrawal")
	@Operation(summary = "Withdraws a published decision at once (处罚法 §48): revocation day, ground and reasons; "
			+ "records whether within oneteam.disclosure.decisions.withdraw-within-working-days (3) of the revocation",
			description = "A head (BUREAU_HEAD) of the body the decision is issued in (处罚法 §20). 400 reason missing "
					+ "or malformed input, 403 disclosure.withdrawal-not-permitted, 404 disclosure.decision-unknown, 409 "
					+ "disclosure.decision-not-published, 422 disclosure.revoked-in-future or "
					+ "disclosure.revoked-before-decision; a refusal changes nothing.")
	ManagedDecision withdraw(@PathVariable long id, @Valid @RequestBody Withdrawal withdrawal, ScopedPrincipal caller) {
		return publications.withdraw(id, withdrawal, caller);
	}
}
