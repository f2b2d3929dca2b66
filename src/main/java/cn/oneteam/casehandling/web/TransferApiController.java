package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.MeasureInputs.Transfer;
import cn.oneteam.casehandling.MeasureInputs.TransferAnswer;
import cn.oneteam.casehandling.MeasureInputs.TransferSent;
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
 * 案件移送 through the API: the transfer report the head approves, its sending and the receiver's answer
 * (处罚法 §27, §57(4); 市监 §17; 国务院令第310号); each answers with the case as it now stands.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases 案件移送", description = "Transfer of a suspected crime to the public security organ or of a case to "
		+ "another administrative body")
class TransferApiController {

	private final CaseProcedure procedure;

	TransferApiController(CaseProcedure procedure) {
		this.procedure = procedure;
	}

	@PostMapping("/{id}/transfer")
	@Operation(summary = "Report a transfer for the head's decision (国务院令第310号 §5: within 3 days; 市监 §17)",
			description = "A judicial transfer names a team of two or more certified officers. An approval after the 3 "
					+ "days is recorded as late. Once approved, a judicial transfer is due within 24 hours.")
	CaseDetail transfer(@PathVariable long id, @Valid @RequestBody Transfer input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.TRANSFER, input, caller);
	}

	@PostMapping("/{id}/send-transfer")
	@Operation(summary = "Record sending the transfer (国务院令第310号 §5, §6) and any fine already paid, to be offset (§11)")
	CaseDetail send(@PathVariable long id, @Valid @RequestBody TransferSent input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SEND_TRANSFER, input, caller);
	}

	@PostMapping("/{id}/record-transfer-answer")
	@Operation(summary = "Record the receiver's answer (国务院令第310号 §8–§10): accepted → closing; refused → back to the body",
			description = "A public security refusal may be put to reconsideration within 3 days of its notice (§9).")
	CaseDetail answer(@PathVariable long id, @Valid @RequestBody TransferAnswer input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_TRANSFER_ANSWER, input, caller);
	}
}
