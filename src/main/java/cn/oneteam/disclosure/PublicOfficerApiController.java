package cn.oneteam.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 扫码亮证 without an account: an officer's certificate by its number, rate-limited per client address
 * (docs/adr/0040-public-portal-and-officer-verification.md).
 */
@RestController
@Tag(name = "public officers 执法人员核验", description = "Verify an officer's enforcement certificate: name, body, "
		+ "domains, issuer, period and today's standing — nothing else personal")
class PublicOfficerApiController {

	private final OfficerVerification officers;

	PublicOfficerApiController(OfficerVerification officers) {
		this.officers = officers;
	}

	@GetMapping("/api/v1/public/officers/{certificateNumber}")
	@Operation(summary = "The certificate's holder name, body, domains, issuer, validity and standing today "
			+ "(VALID, NOT_YET_VALID, SUSPENDED, REVOKED, EXPIRED)",
			description = "404 disclosure.officer-unknown for an unknown or malformed number alike; 429 "
					+ "disclosure.officer-check-rate-limited (bucket oneteam.disclosure.officer-check).")
	OfficerCheck check(@PathVariable String certificateNumber, HttpServletRequest request) {
		officers.throttle(request.getRemoteAddr());
		return officers.check(certificateNumber);
	}
}
