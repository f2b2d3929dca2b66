package cn.oneteam.supervision;

import java.util.List;

import cn.oneteam.organization.BodyQualifications.Announced;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The announced list of confirmed enforcement bodies, without an account (docs/adr/0037-enforcement-bodies-qualification.md). */
@RestController
@Tag(name = "public qualifications 执法主体公告", description = "The announced, current confirmations of enforcement "
		+ "bodies: public facts only")
class PublicQualificationApiController {

	private final Qualifications qualifications;

	PublicQualificationApiController(Qualifications qualifications) {
		this.qualifications = qualifications;
	}

	@GetMapping("/api/v1/public/qualifications")
	@Operation(summary = "The confirmations of the year announced and in force (not revoked, not ended), of the bodies "
			+ "seated in the division (everywhere when absent), the year this year when absent: body, legal basis, matters, period, announced on",
			description = "400 division.code-malformed")
	List<Announced> announced(@RequestParam(required = false) @Nullable String division, @RequestParam(required = false) @Nullable Integer year) {
		return qualifications.announced(division, year);
	}
}
