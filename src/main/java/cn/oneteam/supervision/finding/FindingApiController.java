package cn.oneteam.supervision.finding;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Findings of external supervisors (docs/adr/0038-external-supervisors-and-exams.md). */
@RestController
@RequestMapping("/api/v1/supervision/findings")
@Tag(name = "supervision findings 监督意见", description = "Findings external supervisors (supervision:find) record about "
		+ "the bodies of their jurisdiction; read with supervision:read or supervision:review, answered by the 司法局 "
		+ "(supervision:review)")
class FindingApiController {

	private final SupervisorFindings findings;

	FindingApiController(SupervisorFindings findings) {
		this.findings = findings;
	}

	@GetMapping
	@Operation(summary = "Findings about bodies within the caller's jurisdiction, unanswered first")
	List<SupervisorFinding> list(ScopedPrincipal caller) {
		return findings.list(caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One finding; 404 supervision.finding-unknown outside the caller's jurisdiction")
	SupervisorFinding finding(@PathVariable long id, ScopedPrincipal caller) {
		return findings.finding(id, caller);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a finding about a body (supervision:find): 201", description = "400 "
			+ "supervision.finding-input (bodyId, text, referenceKind, observedOn), "
			+ "supervision.finding-reference-unknown; referenceKind CASE (id or decision number), INSPECTION (code), "
			+ "COMPLAINT (tracking number)")
	SupervisorFinding record(@RequestBody SupervisorFinding.New finding, ScopedPrincipal caller) {
		return findings.record(finding, caller);
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "Answer a finding (supervision:review), once; 409 supervision.finding-answered after")
	SupervisorFinding answer(@PathVariable long id, @RequestBody SupervisorFinding.Answer answer,
			ScopedPrincipal caller) {
		return findings.answer(id, answer.answer(), caller);
	}
}
