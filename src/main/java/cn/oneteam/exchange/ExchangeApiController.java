package cn.oneteam.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 审管联动 API: approval departments push licences and read receipts; administrators manage partners and messages. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "exchange (审管联动)", description = "Licence pushes with idempotency keys and receipts; partners; outbound "
		+ "messages signed with HMAC-SHA256 (docs/adr/0021-approval-exchange.md)")
class ExchangeApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final ExchangeInbound inbound;

	/** The largest licence file accepted: 10,000 rows of up to about 1 KB each (docs/adr/0021-approval-exchange.md). */
	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	private final ExchangePartners partners;

	private final ExchangeSender sender;

	ExchangeApiController(ExchangeInbound inbound, ExchangePartners partners, ExchangeSender sender) {
		this.inbound = inbound;
		this.partners = partners;
		this.sender = sender;
	}

	@PostMapping("/licences")
	@Operation(summary = "Push one licence or revocation (permission licence:push; the issuer must be the caller's "
			+ "partner, the subject within its jurisdiction)",
			description = "Header Idempotency-Key (1–100 of A–Z a–z 0–9 . _ : -) is required: 201 with a new receipt; the "
					+ "same key and body again 200 with the same receipt and nothing written; the same key with another "
					+ "body 422 exchange.idempotency-key.reused; no key 400.")
	ResponseEntity<ExchangeReceipt> push(@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
			@Valid @RequestBody LicencePush push, ScopedPrincipal caller) {
		return answer(inbound.push(key, push, caller));
	}

	@PostMapping("/licences/file")
	@Operation(summary = "Push a CSV file of licences and revocations, all or nothing (permission licence:push)",
			description = "UTF-8 CSV, header subjectCode,kind,number,validFrom,validUntil,scope,revokedOn,reason (in this "
					+ "order); the issuer is the caller's partner; a row with revokedOn revokes the partner's licence of "
					+ "that number. With any refused row nothing is stored and the 422 problem exchange.file.rows-rejected "
					+ "lists each refused row (header = row 1), its column and reason. Idempotency-Key as for one record.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
	ResponseEntity<ExchangeReceipt> pushFile(
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key, HttpServletRequest request,
			ScopedPrincipal caller) throws IOException {
		try (InputStream body = request.getInputStream()) {
			// read no more than a file of the most rows can hold: a larger body is refused before it fills memory
			byte[] file = body.readNBytes(MAX_FILE_BYTES + 1);
			if (file.length > MAX_FILE_BYTES) {
				throw new ExchangeViolation(RuleViolation.CONTENT_TOO_LARGE, "exchange.file.too-large",
						MAX_FILE_BYTES / (1024 * 1024));
			}
			return answer(inbound.pushFile(key, file, caller));
		}
	}

	@GetMapping("/receipts/{id}")
	@Operation(summary = "A receipt: to the partner that pushed and to administrators (exchange:manage)")
	ExchangeReceipt receipt(@PathVariable UUID id, ScopedPrincipal caller, Authentication authentication) {
		return inbound.receipt(id, caller, manages(authentication));
	}

	@GetMapping("/partners")
	@Operation(summary = "The partners, without their secrets (permission exchange:manage)")
	List<ExchangePartner> partners() {
		return partners.all();
	}

	@PostMapping("/partners")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a partner: the answer holds its HMAC secret, shown this once (exchange:manage)")
	PartnerInputs.WithSecret register(@Valid @RequestBody PartnerInputs.Registration input, ScopedPrincipal caller) {
		return partners.register(input, caller);
	}

	@PutMapping("/partners/{id}")
	@Operation(summary = "Change a partner's endpoint (https, or http on loopback) and active flag (exchange:manage)")
	ExchangePartner change(@PathVariable long id, @Valid @RequestBody PartnerInputs.Change input) {
		return partners.change(id, input);
	}

	@PostMapping("/partners/{id}/secret")
	@Operation(summary = "A new HMAC secret for the partner, shown this once; the old one stops at once (exchange:manage)")
	PartnerInputs.WithSecret rotate(@PathVariable long id) {
		return partners.rotateSecret(id);
	}

	@GetMapping("/messages")
	@Operation(summary = "The latest outbound messages, of one status (PENDING, DELIVERED, DEAD) or all (exchange:manage)")
	List<ExchangeMessage> messages(@RequestParam(required = false) ExchangeMessage.@Nullable Status status,
			@RequestParam(defaultValue = "100") int limit) {
		return sender.messages(status, Math.max(1, Math.min(limit, 500)));
	}

	@PostMapping("/messages/{id}/resend")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Resend a dead or delivered message with the same id (exchange:manage)")
	void resend(@PathVariable UUID id) {
		sender.resend(id);
	}

	private static ResponseEntity<ExchangeReceipt> answer(ExchangeReceipt receipt) {
		return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

	static boolean manages(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch(a -> "exchange:manage".equals(a.getAuthority()));
	}
}
