package cn.oneteam.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The QR printed on the certificate, for the staff who print certificates: it carries the address of the
 * certificate's public page (docs/adr/0040-public-portal-and-officer-verification.md).
 */
@RestController
@Tag(name = "officer certificates 执法证", description = "The QR printed on an enforcement certificate (扫码亮证)")
class OfficerQrApiController {

	private final OfficerVerification officers;

	OfficerQrApiController(OfficerVerification officers) {
		this.officers = officers;
	}

	@GetMapping(path = "/api/v1/officers/certificates/{certificateNumber}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "QR (PNG, 300 px) of {base}/public/officers/{certificateNumber}",
			description = "base: oneteam.disclosure.public-base-url, else the address of this request. Signed-in "
					+ "staff only; 404 disclosure.officer-unknown for a number no certificate carries.")
	byte[] qr(@PathVariable String certificateNumber) {
		return officers.qr(certificateNumber, ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}
}
