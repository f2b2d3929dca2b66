package cn.oneteam.inspection.targeted;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 个案检查 through the API: asked for, approved or refused by a head (docs/adr/0028-joint-visits.md). */
@RestController
@RequestMapping("/api/v1/inspections/visits/targeted")
@Tag(name = "targeted inspections 个案检查", description = "Inspections outside the draw (complaint, referral, "
		+ "monitoring…): asked for by the department, approved by a head, then planned with their code and counted")
class TargetedApiController {

	private final TargetedInspections targeted;

	TargetedApiController(TargetedInspections targeted) {
		this.targeted = targeted;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask for a targeted inspection (case:handle): a 个案 trigger, the reason, published items of the "
			+ "department, the window, at least two certified officers of the department valid today",
			description = "400 inspection.targeted-trigger, inspection.window-invalid, inspection.targeted-window-past, "
					+ "inspection.targeted-item; 404 subject.unknown; 422 inspection.targeted-inspectors; 409 "
					+ "inspection.targeted-quiet (the reasons in the problem).")
	TargetedInspection request(@Valid @RequestBody TargetedInspections.Input input, ScopedPrincipal caller) {
		return targeted.request(input, caller);
	}

	@GetMapping
	@Operation(summary = "The targeted inspections the caller sees, newest first (at most 500), of one state when given")
	List<TargetedInspection> list(@RequestParam(required = false) @Nullable TargetedState state,
			ScopedPrincipal caller) {
		return targeted.inspections(state, caller);
	}

	@GetMapping("/{id}")
	TargetedInspection inspection(@PathVariable long id, ScopedPrincipal caller) {
		return targeted.inspection(id, caller);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve (case:approve, the department within the head's jurisdiction): checked again, then the "
			+ "visit is planned with its code", description = "409 inspection.targeted-state once decided, "
					+ "inspection.targeted-quiet.")
	TargetedInspection approve(@PathVariable long id, ScopedPrincipal caller) {
		return targeted.approve(id, caller);
	}

	@PostMapping("/{id}/refuse")
	@Operation(summary = "Refuse with a reason (case:approve)")
	TargetedInspection refuse(@PathVariable long id, @Valid @RequestBody TargetedInspections.Refusal refusal,
			ScopedPrincipal caller) {
		return targeted.refuse(id, refusal, caller);
	}
}
