package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseMeasures;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.measures.MeasureRegister;
import cn.oneteam.casehandling.MeasureInputs.DecisionExtension;
import cn.oneteam.casehandling.MeasureInputs.Preservation;
import cn.oneteam.casehandling.MeasureInputs.PreservationDecision;
import cn.oneteam.casehandling.MeasureInputs.RemedyEnd;
import cn.oneteam.casehandling.MeasureInputs.RemedyStart;
import cn.oneteam.casehandling.MeasureInputs.Resumption;
import cn.oneteam.casehandling.MeasureInputs.Seizure;
import cn.oneteam.casehandling.MeasureInputs.SeizureExtension;
import cn.oneteam.casehandling.MeasureInputs.SeizureRelease;
import cn.oneteam.casehandling.MeasureInputs.Suspension;
import cn.oneteam.casehandling.MeasureInputs.Termination;
import cn.oneteam.casehandling.MeasureInputs.Testing;
import cn.oneteam.casehandling.MeasureInputs.TestingResult;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The investigation's measures and periods through the API: 先行登记保存, 查封扣押 and their ends, testing,
 * suspension, extension of the decision period, termination, and the party's 复议/诉讼 periods. Each action answers
 * with the case as it now stands; one a head decides answers with the approval request pending.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases 调查措施", description = "Evidence preservation, sealing and impounding, testing, suspension, "
		+ "extension and termination of the investigation; remedy periods")
class MeasureApiController {

	private final CaseProcedure procedure;

	private final MeasureRegister register;

	MeasureApiController(CaseProcedure procedure, MeasureRegister register) {
		this.procedure = procedure;
		this.register = register;
	}

	@GetMapping("/{id}/measures")
	@Operation(summary = "Preservations and seizures with their terms, testing and suspension spans, transfers, remedies")
	CaseMeasures measures(@PathVariable long id, ScopedPrincipal caller) {
		return register.of(id, caller);
	}

	@PostMapping("/{id}/preserve-evidence")
	@Operation(summary = "Propose 先行登记保存 (处罚法 §56, head's approval); decide within 7 working days or it lapses (市监 §35)")
	CaseDetail preserve(@PathVariable long id, @Valid @RequestBody Preservation input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.PRESERVE_EVIDENCE, input, caller);
	}

	@PostMapping("/{id}/release-preservation")
	@Operation(summary = "Record the decision on a preservation, one of the five of 市监 §35, within its 7 working days")
	CaseDetail decidePreservation(@PathVariable long id, @Valid @RequestBody PreservationDecision input,
			ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RELEASE_PRESERVATION, input, caller);
	}

	@PostMapping("/{id}/seize")
	@Operation(summary = "Propose sealing or impounding (强制法 §18, §24; head's approval); the 30-day term starts (§25)")
	CaseDetail seize(@PathVariable long id, @Valid @RequestBody Seizure input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SEIZE, input, caller);
	}

	@PostMapping("/{id}/extend-seizure")
	@Operation(summary = "Propose extending a seizure once by 30 days, notified in writing (强制法 §25, head's approval)")
	CaseDetail extendSeizure(@PathVariable long id, @Valid @RequestBody SeizureExtension input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.EXTEND_SEIZURE, input, caller);
	}

	@PostMapping("/{id}/release-seizure")
	@Operation(summary = "Release a seizure (强制法 §28) or record its confiscation or destruction (§27)")
	CaseDetail releaseSeizure(@PathVariable long id, @Valid @RequestBody SeizureRelease input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RELEASE_SEIZURE, input, caller);
	}

	@PostMapping("/{id}/start-testing")
	@Operation(summary = "Start testing: the decision period and the seizure's term stand still (强制法 §25; 市监 §64)")
	CaseDetail startTesting(@PathVariable long id, @Valid @RequestBody Testing input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.START_TESTING, input, caller);
	}

	@PostMapping("/{id}/end-testing")
	@Operation(summary = "End the testing: the periods run again, due dates moved by its days (强制法 §25; 市监 §64)")
	CaseDetail endTesting(@PathVariable long id, @Valid @RequestBody TestingResult input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.END_TESTING, input, caller);
	}

	@PostMapping("/{id}/suspend")
	@Operation(summary = "Propose suspending the investigation (市监 §46, head's approval); the decision period stands still (§64)")
	CaseDetail suspend(@PathVariable long id, @Valid @RequestBody Suspension input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SUSPEND, input, caller);
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume the investigation once the cause ends (市监 §46); the decision period moves by its days (§64)")
	CaseDetail resume(@PathVariable long id, @Valid @RequestBody Resumption input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RESUME, input, caller);
	}

	@PostMapping("/{id}/extend-decision")
	@Operation(summary = "Propose extending the decision period (市监 §64, head's approval)",
			description = "The first extension is 30 days; a further one needs the date of the heads' collective "
					+ "discussion and the days it fixed. Refused once the period has run out.")
	CaseDetail extendDecision(@PathVariable long id, @Valid @RequestBody DecisionExtension input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.EXTEND_DECISION, input, caller);
	}

	@PostMapping("/{id}/terminate")
	@Operation(summary = "Propose terminating the investigation: party died or ended, no successor (市监 §47, head's approval)")
	CaseDetail terminate(@PathVariable long id, @Valid @RequestBody Termination input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.TERMINATE, input, caller);
	}

	@PostMapping("/{id}/remedies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a 复议 or 诉讼 brought against the served decision; the surcharge stops counting (处罚法 §73)")
	CaseMeasures startRemedy(@PathVariable long id, @Valid @RequestBody RemedyStart input, ScopedPrincipal caller) {
		return register.startRemedy(id, input, caller);
	}

	@PostMapping("/{id}/remedies/{remedyId}/end")
	@Operation(summary = "Record the end of a 复议 or 诉讼; the surcharge counts again from the next day (处罚法 §73)")
	CaseMeasures endRemedy(@PathVariable long id, @PathVariable long remedyId, @Valid @RequestBody RemedyEnd input,
			ScopedPrincipal caller) {
		return register.endRemedy(id, remedyId, input, caller);
	}
}
