package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.CaseWork;
import cn.oneteam.casehandling.CaseInputs.Note;
import cn.oneteam.casehandling.ExecutionInputs.CashHandover;
import cn.oneteam.casehandling.ExecutionInputs.CourtApplication;
import cn.oneteam.casehandling.ExecutionInputs.Deferral;
import cn.oneteam.casehandling.ExecutionInputs.Demand;
import cn.oneteam.casehandling.ExecutionInputs.Enforcement;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementEnd;
import cn.oneteam.casehandling.ExecutionInputs.EnforcementSuspension;
import cn.oneteam.casehandling.ExecutionInputs.ExecutionAgreement;
import cn.oneteam.casehandling.ExecutionInputs.Payment;
import cn.oneteam.casehandling.ExecutionInputs.SubstitutePerformance;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 执行 through the API (处罚法 §66–§73; 强制法 §35–§60): payment, deferral, the execution agreement, the 催告, the court
 * application, the body's own enforcement, 代履行, and the suspension and end of enforcement; each answers with the
 * case as it now stands, its {@code execution} part showing the payment reference, the parts owed and the surcharge
 * owed today.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases 执行", description = "Execution of a decided fine: payment, deferral and instalments, surcharge "
		+ "relief, demand to perform, court application, own enforcement, substitute performance, suspension and end")
class ExecutionApiController {

	private final CaseProcedure procedure;

	private final CaseWork work;

	ExecutionApiController(CaseProcedure procedure, CaseWork work) {
		this.procedure = procedure;
		this.work = work;
	}

	@GetMapping("/payments/{reference}")
	@Operation(summary = "What is owed today under a payment reference (罚缴分离, 处罚法 §67)",
			description = "For a bank or payment platform: the decision, the principal still owed, today's surcharge and "
					+ "the total. 400 when the reference is malformed (20 digits, Luhn check digit), 404 when unknown.")
	CaseWork.PaymentDue payment(@PathVariable String reference, ScopedPrincipal caller) {
		return work.paymentDue(reference, caller);
	}

	@PostMapping("/{id}/record-payment")
	@Operation(summary = "Record payment of the next part of the fine with the surcharge owed that day (处罚法 §67, §72)",
			description = "Channel BANK (default), ELECTRONIC, ON_THE_SPOT (only a remote area at the party's request, "
					+ "§69, with the finance receipt, §70; to be handed over within 2 working days, §71) or ENFORCED "
					+ "(after a court application or an enforcement decision). When nothing more is owed the case goes to "
					+ "closing.")
	CaseDetail pay(@PathVariable long id, @Valid @RequestBody Payment input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_PAYMENT, input, caller);
	}

	@PostMapping("/{id}/hand-over-cash")
	@Operation(summary = "Record the hand-over of a fine collected on the spot (处罚法 §71: within 2 working days)")
	CaseDetail handOver(@PathVariable long id, @Valid @RequestBody CashHandover input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.HAND_OVER_CASH, input, caller);
	}

	@PostMapping("/{id}/defer-payment")
	@Operation(summary = "Propose deferral or instalments on the party's application (处罚法 §66, head's approval)",
			description = "Applied for before the part owed fell due; instalments in date order, together exactly what "
					+ "is still owed, the last later than the present deadline. The court window then counts from the "
					+ "end of the deferral (市监 §76).")
	CaseDetail defer(@PathVariable long id, @Valid @RequestBody Deferral input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.DEFER_PAYMENT, input, caller);
	}

	@PostMapping("/{id}/agree-execution")
	@Operation(summary = "Propose an execution agreement, reducing or waiving the surcharge (强制法 §42, head's approval)",
			description = "Relief only where the party took remedial steps, never more than the surcharge owed that day.")
	CaseDetail agree(@PathVariable long id, @Valid @RequestBody ExecutionAgreement input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.AGREE_EXECUTION, input, caller);
	}

	@PostMapping("/{id}/demand-performance")
	@Operation(summary = "Record the 催告书 served (强制法 §35, §38, §54): the court may be applied to 10 working days later",
			description = "Only once a part of the fine is overdue; states the amount owed that day with the surcharge.")
	CaseDetail demand(@PathVariable long id, @Valid @RequestBody Demand input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.DEMAND_PERFORMANCE, input, caller);
	}

	@PostMapping("/{id}/apply-to-court")
	@Operation(summary = "Propose the application to the court for enforcement (强制法 §53–§55, signed by the head)",
			description = "After a 催告 served more than 10 working days before; no 复议 or 诉讼 pending; within the 3 "
					+ "months after the 6-month 诉讼 period (or the deferral) ended (行诉解释 §156; 市监 §76).")
	CaseDetail applyToCourt(@PathVariable long id, @Valid @RequestBody CourtApplication input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.APPLY_TO_COURT, input, caller);
	}

	@PostMapping("/{id}/enforce")
	@Operation(summary = "Propose the body's own enforcement decision (强制法 §37, §43, §46, head's approval)",
			description = "Names the law granting the power; after the 催告 period, unless property is being moved or "
					+ "hidden; for a fine after more than 30 days of surcharge; never at night or on a statutory holiday "
					+ "unless an emergency (the night hours are configured: oneteam.execution.night-from/-until).")
	CaseDetail enforce(@PathVariable long id, @Valid @RequestBody Enforcement input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.ENFORCE, input, caller);
	}

	@PostMapping("/{id}/substitute-performance")
	@Operation(summary = "Propose 代履行 (强制法 §50–§52, head's approval)",
			description = "A 催告 served at least 3 working days before the day, unless roads, rivers or public places "
					+ "must be cleared at once; never at night or on a statutory holiday unless an emergency.")
	CaseDetail substitute(@PathVariable long id, @Valid @RequestBody SubstitutePerformance input,
			ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SUBSTITUTE_PERFORMANCE, input, caller);
	}

	@PostMapping("/{id}/suspend-enforcement")
	@Operation(summary = "Propose suspending enforcement (中止执行, 强制法 §39, head's approval)")
	CaseDetail suspend(@PathVariable long id, @Valid @RequestBody EnforcementSuspension input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SUSPEND_ENFORCEMENT, input, caller);
	}

	@PostMapping("/{id}/resume-enforcement")
	@Operation(summary = "Resume enforcement when the cause of the suspension is gone (强制法 §39 para 2)")
	CaseDetail resume(@PathVariable long id, @Valid @RequestBody Note input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RESUME_ENFORCEMENT, input, caller);
	}

	@PostMapping("/{id}/end-enforcement")
	@Operation(summary = "Propose ending enforcement (终结执行, 强制法 §40; after 3 years of suspension, §39 para 2)")
	CaseDetail end(@PathVariable long id, @Valid @RequestBody EnforcementEnd input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.END_ENFORCEMENT, input, caller);
	}
}
