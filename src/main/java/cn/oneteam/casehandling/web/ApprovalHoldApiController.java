package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.ApprovalHolds;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 审管联动: whether a subject is held by an open case or an unperformed penalty (docs/adr/0023-case-party-from-register.md). */
@RestController
@Tag(name = "subjects 审管联动", description = "The approval-hold check for approval departments' systems")
class ApprovalHoldApiController {

	private final ApprovalHolds holds;

	ApprovalHoldApiController(ApprovalHolds holds) {
		this.holds = holds;
	}

	@GetMapping("/api/v1/subjects/approval-hold")
	@Operation(summary = "Whether the subject has an open case or a penalty not yet performed "
			+ "(permission licence:push or case:read)",
			description = "held is true when a case of the subject is filed and not closed (openCases: case id and "
					+ "filing date), or a penalty is decided and its fine unpaid or its case not closed "
					+ "(unperformedPenalties: case id, decision number, decision date, whether the fine is unpaid); "
					+ "an on-the-spot decision counts until its fine is paid. Only cases in the caller's jurisdiction; "
					+ "nothing else of a case is told. 400 creditcode.* / idnumber.* with the reason for an invalid "
					+ "code; 404 case.hold-subject-unknown when no subject in the caller's jurisdiction has the code. The "
					+ "code is a query parameter, not a path segment, so that a person's ID number stays out of request "
					+ "logs and problem instances.")
	ApprovalHolds.ApprovalHold hold(@RequestParam @Parameter(example = "91632802MA7XXXXXXX") String code,
			ScopedPrincipal caller) {
		return holds.of(code, caller);
	}
}
