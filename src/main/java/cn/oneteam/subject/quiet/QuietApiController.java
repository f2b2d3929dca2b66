package cn.oneteam.subject.quiet;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quiet entries of a subject, annual inspection caps and the check before an inspection, through the API
 * (docs/adr/0024-quiet-periods-and-caps.md). Refusals are problem+json.
 */
@RestController
@Tag(name = "quiet periods 免检 · 无事不扰 · 检查频次", description = "Quiet entries per subject (免检, 无事不扰, "
		+ "无感监管), annual inspection caps as data, and the ALLOWED / WARN / BLOCKED check inspections honour")
class QuietApiController {

	private final QuietPeriods quiet;

	QuietApiController(QuietPeriods quiet) {
		this.quiet = quiet;
	}

	@GetMapping("/api/v1/subjects/{id}/quiet-periods")
	@Operation(summary = "A subject's quiet entries, latest start first, ended ones included (permission case:read)",
			description = "404 subject.unknown when the subject is not in the caller's jurisdiction.")
	List<QuietEntry> entries(@PathVariable long id, ScopedPrincipal caller) {
		return quiet.entries(id, caller);
	}

	@PostMapping("/api/v1/subjects/{id}/quiet-periods")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set a quiet entry: EXEMPT 免检, NO_DISTURB 无事不扰 or REMOTE_ONLY 无感监管 (permission "
			+ "case:handle)", description = "validFrom and validUntil are both included; no validUntil is open-ended. "
					+ "400 quiet.until-before-from; 404 subject.unknown outside the jurisdiction. Recorded in the "
					+ "subject's full-process record.")
	QuietEntry add(@PathVariable long id, @Valid @RequestBody QuietInputs.Entry input, ScopedPrincipal caller) {
		return quiet.add(id, input, caller);
	}

	@PostMapping("/api/v1/subjects/{id}/quiet-periods/{entryId}/end")
	@Operation(summary = "End a quiet entry from a day (today by default) — it is never deleted (permission "
			+ "case:handle)", description = "endedOn is the first day the entry no longer applies: not in the past, "
					+ "not before its start (400 quiet.end-out-of-range); 409 quiet.already-ended; 404 quiet.unknown.")
	QuietEntry end(@PathVariable long id, @PathVariable long entryId, @Valid @RequestBody QuietInputs.Ending input,
			ScopedPrincipal caller) {
		return quiet.end(id, entryId, input, caller);
	}

	@GetMapping("/api/v1/subjects/{id}/inspection-check")
	@Operation(summary = "May this inspection take place: ALLOWED, WARN or BLOCKED with the reasons (permission "
			+ "case:read)", description = "Reasons: quiet-entry, quiet-passed, cap-reached, cap-exempt, calendar-block, "
					+ "calendar-exempt. made is the number of inspections of the subject the body has already made "
					+ "this year (the inspection module counts them).")
	QuietAnswer check(@PathVariable long id,
			@RequestParam @Parameter(description = "the inspecting body's organisation code", example = "632802-scjg") String body,
			@RequestParam(required = false) @Parameter(example = "market") @Nullable String domain,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam InspectionTrigger trigger, @RequestParam(defaultValue = "true") boolean onSite,
			@RequestParam(defaultValue = "false") boolean keyItem, @RequestParam(defaultValue = "0") int made,
			ScopedPrincipal caller) {
		return quiet.check(new InspectionQuery(id, body, domain, day, trigger, onSite, keyItem, made), caller);
	}

	@GetMapping("/api/v1/inspection-caps")
	@Operation(summary = "The current annual inspection caps of a year (permission case:read or catalog:manage)")
	List<InspectionCap> caps(@RequestParam int year) {
		return quiet.caps(year);
	}

	@PostMapping("/api/v1/inspection-caps")
	@Operation(summary = "Set the annual cap of a body (scope BODY, its organisation code) or a domain (scope DOMAIN) "
			+ "for a year, replacing the current one (permission catalog:manage)",
			description = "exemptTriggers are not capped (default: CAMPAIGN_BY_SUPERIOR); onReach WARN or BLOCK says "
					+ "what happens beyond the cap; basis names the published rule.")
	InspectionCap setCap(@Valid @RequestBody QuietInputs.Cap input, ScopedPrincipal caller) {
		return quiet.setCap(input, caller);
	}
}
