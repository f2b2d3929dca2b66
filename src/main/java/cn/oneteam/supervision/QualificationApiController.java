package cn.oneteam.supervision;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.organization.BodyQualification;
import cn.oneteam.organization.BodyQualifications.BodyStanding;
import cn.oneteam.organization.NewBodyQualification;
import cn.oneteam.organization.QualificationStanding;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.ComplaintInputs.Reason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Enforcement bodies' qualification for the supervising 司法局 (docs/adr/0037-enforcement-bodies-qualification.md). */
@RestController
@RequestMapping("/api/v1/supervision/qualifications")
@Tag(name = "qualification 执法主体资格", description = "The yearly confirmation of enforcement bodies seated in the "
		+ "caller's jurisdiction (supervision:review): legal basis, matters, period; announced; revoked with a reason")
class QualificationApiController {

	private final Qualifications qualifications;

	QualificationApiController(Qualifications qualifications) {
		this.qualifications = qualifications;
	}

	/** A body and its standing today: UNCONFIRMED (未确认), CONFIRMED or LAPSED, with its confirmations. */
	record BodyRow(long bodyId, String bodyName, String bodyKind, String seat, QualificationStanding.State state,
			@Nullable LocalDate coveredUntil, boolean endsSoon, List<BodyQualification> confirmations) {

		static BodyRow of(BodyStanding s) {
			return new BodyRow(s.body().id().value(), s.body().name(), s.body().kind().name(), s.body().seat().value(),
					s.today().state(), s.today().endedOn(), s.endsSoon(), s.confirmations());
		}
	}

	@GetMapping
	@Operation(summary = "The enforcement bodies seated in the caller's jurisdiction with their standing today: lapsed "
			+ "first, then unconfirmed, then those whose cover ends within the configured days")
	List<BodyRow> overview(ScopedPrincipal caller) {
		return qualifications.overview(caller).stream().map(BodyRow::of).toList();
	}

	@PostMapping
	@Operation(summary = "Confirm a body for a year (201)", description = "400 organization.qualification-input, "
			+ "-year (more than a year from now), -period (reversed, not starting in the year, or past the next year's "
			+ "end), -matters (neither all matters nor a list), supervision.qualification-matter-unknown; 404 "
			+ "organization.qualification-body-unknown (unknown, not an enforcement body, or seated outside the "
			+ "caller's jurisdiction); 409 organization.qualification-exists (revoke the year's confirmation first)")
	ResponseEntity<BodyQualification> confirm(@RequestBody NewBodyQualification confirmation, ScopedPrincipal caller) {
		return ResponseEntity.status(HttpStatus.CREATED).body(qualifications.confirm(confirmation, caller));
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Announce a confirmation: it shows on the public list while in force", description = "409 "
			+ "organization.qualification-published, -revoked; 404 outside the caller's jurisdiction")
	BodyQualification publish(@PathVariable long id, ScopedPrincipal caller) {
		return qualifications.publish(id, caller);
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke a confirmation from today with a reason; the body's enforcement actions are refused "
			+ "from today unless another confirmation covers it", description = "400 organization.qualification-input "
					+ "(reason); 409 organization.qualification-revoked")
	BodyQualification revoke(@PathVariable long id, @RequestBody Reason reason, ScopedPrincipal caller) {
		return qualifications.revoke(id, reason.reason(), caller);
	}
}
