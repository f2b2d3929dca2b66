package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.PartyAccessCodes;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case's 查询码 (docs/adr/0044-party-case-look-up.md): read by a reader of the case, re-issued by the head of its
 * body (the old one void at once).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/access-code")
@Tag(name = "case access code 查询码", description = "The access code a case's party looks its case up with on the "
		+ "public portal, printed on the documents it receives")
class PartyAccessCodeApiController {

	private final PartyAccessCodes codes;

	PartyAccessCodeApiController(PartyAccessCodes codes) {
		this.codes = codes;
	}

	/** The code as printed; {@code null} while no document for the party was issued. */
	record AccessCode(@Nullable String code) {
	}

	@GetMapping
	@Operation(summary = "The code in force, as printed (XXXX-XXXX); null while no document for the party was issued")
	ResponseEntity<AccessCode> current(@PathVariable long id, ScopedPrincipal caller) {
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new AccessCode(codes.printed(id, caller).orElse(null)));
	}

	@PostMapping
	@Operation(summary = "The head re-issues the code: the old one is void at once, documents issued from now on print "
			+ "the new one", description = "403 case.access-code-head-only for anyone but the head of the acting body.")
	ResponseEntity<AccessCode> reissue(@PathVariable long id, ScopedPrincipal caller) {
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new AccessCode(codes.reissue(id, caller)));
	}
}
