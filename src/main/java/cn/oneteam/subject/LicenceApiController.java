package cn.oneteam.subject;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政许可 through the API, by the licence's own id: revocation (docs/adr/0019-subject-register.md, licences). A
 * subject's licences are read and recorded under {@code /api/v1/subjects/{id}/licences}.
 */
@RestController
@RequestMapping("/api/v1/licences")
@Tag(name = "subjects 监管对象")
class LicenceApiController {

	private final Licences licences;

	LicenceApiController(Licences licences) {
		this.licences = licences;
	}

	@PostMapping("/{id}/revocation")
	@Operation(summary = "Revoke (吊销/撤销) a licence on a day with the reason (permission case:handle)",
			description = "The day may not be in the future (400 licence.revoked-in-future); 409 "
					+ "licence.already-revoked; 404 licence.unknown when unknown or its subject is outside the "
					+ "caller's jurisdiction. The licence stays in the register as 已吊销; the revocation is recorded in "
					+ "the subject's full-process record (licence-revoked) and published as LicenceRevoked for the "
					+ "issuing department (审管联动).")
	LicenceAnswer revoke(@PathVariable long id, @Valid @RequestBody LicenceInputs.Revocation input,
			ScopedPrincipal caller) {
		return LicenceAnswer.of(licences.revoke(id, input, caller));
	}
}
