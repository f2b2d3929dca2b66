package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseAlert;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseDocuments;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.CaseWork;
import cn.oneteam.casehandling.PendingApproval;
import cn.oneteam.casehandling.WorkItem;
import cn.oneteam.casehandling.execution.Surcharge;
import cn.oneteam.casehandling.general.HearingThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.oneteam.casehandling.CaseInputs.Closing;
import cn.oneteam.casehandling.CaseInputs.CollectiveDiscussion;
import cn.oneteam.casehandling.CaseInputs.DeclineFiling;
import cn.oneteam.casehandling.CaseInputs.Decision;
import cn.oneteam.casehandling.CaseInputs.Extension;
import cn.oneteam.casehandling.CaseInputs.FileCase;
import cn.oneteam.casehandling.CaseInputs.HearingRecord;
import cn.oneteam.casehandling.CaseInputs.HearingRequest;
import cn.oneteam.casehandling.CaseInputs.HearingSchedule;
import cn.oneteam.casehandling.CaseInputs.Investigation;
import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.CaseInputs.Note;
import cn.oneteam.casehandling.CaseInputs.Notice;
import cn.oneteam.casehandling.CaseInputs.Publication;
import cn.oneteam.casehandling.CaseInputs.Report;
import cn.oneteam.casehandling.CaseInputs.Review;
import cn.oneteam.casehandling.CaseInputs.Service;
import cn.oneteam.casehandling.CaseInputs.Statement;
import cn.oneteam.casehandling.CaseInputs.Waiver;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The general procedure through the API: each action a POST on the case, answered with the case as it now stands —
 * stage, clocks with due dates, the approval it waits for, the actions the caller may take and why not the others.
 * An action a head decides answers 200 with the approval request pending; refusals are problem+json with the reasons.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases 普通程序", description = "General procedure: clue, filing, investigation, review, notice, hearing, "
		+ "decision, service, payment, closing; approvals, worklist and alerts")
class ProcedureApiController {

	private final CaseProcedure procedure;

	private final CaseWork work;

	private final HearingThresholds thresholds;

	private final CaseDocuments documents;

	ProcedureApiController(CaseProcedure procedure, CaseWork work, HearingThresholds thresholds,
			CaseDocuments documents) {
		this.procedure = procedure;
		this.work = work;
		this.thresholds = thresholds;
		this.documents = documents;
	}

	@PostMapping("/clues")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a clue (线索登记); the 15-working-day verification period starts (市监 §18)")
	CaseDetail clue(@Valid @RequestBody NewClue clue, ScopedPrincipal caller) {
		return procedure.registerClue(clue, caller);
	}

	@GetMapping("/{id}/procedure")
	@Operation(summary = "The case with its clocks, pending approval and the actions the caller may take")
	CaseDetail detail(@PathVariable long id, ScopedPrincipal caller) {
		return procedure.detail(id, caller);
	}

	@PostMapping("/{id}/file")
	@Operation(summary = "Propose filing (立案, head's approval): limitation §36, responsible body on the day, two certified officers")
	CaseDetail file(@PathVariable long id, @Valid @RequestBody FileCase input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.FILE, input, caller);
	}

	@PostMapping("/{id}/decline-filing")
	@Operation(summary = "Propose not filing (不予立案, 市监 §20, head's approval)")
	CaseDetail decline(@PathVariable long id, @Valid @RequestBody DeclineFiling input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.DECLINE_FILING, input, caller);
	}

	@PostMapping("/{id}/extend-verification")
	@Operation(summary = "Extend clue verification once by 15 working days (市监 §18, head's approval)")
	CaseDetail extendVerification(@PathVariable long id, @Valid @RequestBody Extension input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.EXTEND_VERIFICATION, input, caller);
	}

	@PostMapping("/{id}/record-investigation")
	@Operation(summary = "Record an interview, inspection or sampling with two certified officers (处罚法 §42, §55)")
	CaseDetail investigate(@PathVariable long id, @Valid @RequestBody Investigation input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_INVESTIGATION, input, caller);
	}

	@PostMapping("/{id}/submit-report")
	@Operation(summary = "Submit the investigation report (调查终结报告, 市监 §48) with the proposed outcome; review starts")
	CaseDetail report(@PathVariable long id, @Valid @RequestBody Report input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SUBMIT_REPORT, input, caller);
	}

	@PostMapping("/{id}/review-case")
	@Operation(summary = "Legal review (法制审核, 处罚法 §58) or case review (市监 §52); reviewer is not a handler")
	CaseDetail review(@PathVariable long id, @Valid @RequestBody Review input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.REVIEW_CASE, input, caller);
	}

	@PostMapping("/{id}/propose")
	@Operation(summary = "Ask the head to approve the proposed outcome (市监 §56)")
	CaseDetail propose(@PathVariable long id, @Valid @RequestBody Note input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.PROPOSE, input, caller);
	}

	@PostMapping("/{id}/serve-notice")
	@Operation(summary = "Record service of the notice of the proposed penalty (处罚法 §44); hearing right in scope (§63)")
	CaseDetail notice(@PathVariable long id, @Valid @RequestBody Notice input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SERVE_NOTICE, input, caller);
	}

	@PostMapping("/{id}/record-statement")
	@Operation(summary = "Record the party's statement and defence and its re-examination (处罚法 §45)")
	CaseDetail statement(@PathVariable long id, @Valid @RequestBody Statement input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_STATEMENT, input, caller);
	}

	@PostMapping("/{id}/record-waiver")
	@Operation(summary = "Record the party's express waiver of statement, defence and hearing (处罚法 §62)")
	CaseDetail waiver(@PathVariable long id, @Valid @RequestBody Waiver input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_WAIVER, input, caller);
	}

	@PostMapping("/{id}/request-hearing")
	@Operation(summary = "Record a hearing request, within 5 working days of the notice (处罚法 §64(1))")
	CaseDetail requestHearing(@PathVariable long id, @Valid @RequestBody HearingRequest input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.REQUEST_HEARING, input, caller);
	}

	@PostMapping("/{id}/schedule-hearing")
	@Operation(summary = "Schedule the hearing at least 7 working days after notifying it (处罚法 §64(2))")
	CaseDetail schedule(@PathVariable long id, @Valid @RequestBody HearingSchedule input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SCHEDULE_HEARING, input, caller);
	}

	@PostMapping("/{id}/record-hearing")
	@Operation(summary = "Record the hearing (or the party's absence: deemed waived, 处罚法 §64(6))")
	CaseDetail hearing(@PathVariable long id, @Valid @RequestBody HearingRecord input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_HEARING, input, caller);
	}

	@PostMapping("/{id}/record-collective-discussion")
	@Operation(summary = "Record the heads' collective discussion (处罚法 §57 para 2)")
	CaseDetail collective(@PathVariable long id, @Valid @RequestBody CollectiveDiscussion input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_COLLECTIVE_DISCUSSION, input, caller);
	}

	@PostMapping("/{id}/decide")
	@Operation(summary = "Propose the decision (处罚法 §57, head's approval)",
			description = "Refused unless the notice was served and its period is over or waived (§62), no heavier "
					+ "penalty than notified after an answer (§45), legal review passed (§58), collective discussion held "
					+ "(§57), within the decision period (§60), penalty within the matter and benchmark.")
	CaseDetail decide(@PathVariable long id, @Valid @RequestBody Decision input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.DECIDE, input, caller);
	}

	@PostMapping("/{id}/serve-decision")
	@Operation(summary = "Record service of the decision (处罚法 §61; 市监 §82, §83)",
			description = "Direct and commissioned service need who signed; a document left needs witnesses or a photo "
					+ "or video; electronic service and a returned letter need a signed address confirmation; public "
					+ "notice needs its reason and is deemed served 30 days after publication. From that date the fine "
					+ "is due in 15 days and the 复议 (60 days) and 诉讼 (6 months) periods run.")
	CaseDetail serve(@PathVariable long id, @Valid @RequestBody Service input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.SERVE_DECISION, input, caller);
	}

	@PostMapping("/{id}/record-publication")
	@Operation(summary = "Record publication of the decision (公示, 118号: within 7 working days; 处罚法 §48)")
	CaseDetail publish(@PathVariable long id, @Valid @RequestBody Publication input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.RECORD_PUBLICATION, input, caller);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Propose closing the case (结案, 市监 §77, head's approval)")
	CaseDetail close(@PathVariable long id, @Valid @RequestBody Closing input, ScopedPrincipal caller) {
		return procedure.act(id, CaseAction.CLOSE, input, caller);
	}

	@GetMapping(value = "/{id}/documents/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The decision (行政处罚决定书) as issued, with its SHA-256 (checked on every read)",
			description = "409 before a penalty is decided. A4, the CJK font (AR PL UMing) embedded as a subset; number, "
					+ "fine in upper case and figures, payment, surcharge and remedies as the law requires (处罚法 §59, §67, §72; 复议法 §20).")
	ResponseEntity<byte[]> decisionPdf(@PathVariable long id, ScopedPrincipal caller) {
		IssuedDocuments.Issued issued = documents.decision(id, caller);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"decision-" + id + ".pdf\"")
			.header("X-Content-SHA256", issued.sha256())
			.contentType(MediaType.APPLICATION_PDF)
			.body(issued.content());
	}

	@GetMapping("/{id}/surcharge")
	@Operation(summary = "The late-payment surcharge on a day (3 % a day, capped at the fine; 处罚法 §72, §73)")
	Surcharge.Statement surcharge(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, ScopedPrincipal caller) {
		return work.surcharge(id, on, caller);
	}

	@GetMapping("/approvals")
	@Operation(summary = "My approval inbox: requests of my body whose next step is one of my roles")
	List<PendingApproval> inbox(ScopedPrincipal caller) {
		return procedure.inbox(caller);
	}

	@PostMapping("/approvals/{requestId}/approve")
	@Operation(summary = "Approve my step; the last approval performs the action")
	CaseDetail approve(@PathVariable long requestId, @RequestBody(required = false) @Nullable Comment comment,
			ScopedPrincipal caller) {
		return procedure.decide(requestId, true, comment == null ? "" : comment.text(), caller);
	}

	@PostMapping("/approvals/{requestId}/reject")
	@Operation(summary = "Reject the request with a reason")
	CaseDetail reject(@PathVariable long requestId, @Valid @RequestBody Comment comment, ScopedPrincipal caller) {
		return procedure.decide(requestId, false, comment.text(), caller);
	}

	@GetMapping("/approval-chains")
	@Operation(summary = "The approval chain of each action at my body")
	Map<CaseAction, List<String>> chains(ScopedPrincipal caller) {
		return procedure.chains(caller);
	}

	@PutMapping("/approval-chains/{action}")
	@Operation(summary = "Set my body's chain for an action (head only); the statutory approver must stay in it")
	Map<CaseAction, List<String>> configure(@PathVariable CaseAction action, @Valid @RequestBody Chain chain,
			ScopedPrincipal caller) {
		return procedure.configureChain(action, chain.steps(), caller);
	}

	@GetMapping("/worklist")
	@Operation(summary = "Open cases of my body in my jurisdiction, nearest due date first")
	List<WorkItem> worklist(ScopedPrincipal caller) {
		return work.worklist(caller);
	}

	@GetMapping("/alerts")
	@Operation(summary = "Due-soon and overdue alerts raised by the scheduled scan, and enforcement days found to be "
			+ "statutory holidays once their year was loaded, in my jurisdiction")
	List<CaseAlert> alerts(ScopedPrincipal caller) {
		return work.alerts(caller);
	}

	@GetMapping("/hearing-thresholds")
	@Operation(summary = "较大数额 per domain at my body, from which a hearing must be offered (处罚法 §63; docs/legal/procedure.md#hearing-threshold)")
	Map<EnforcementDomain, HearingThresholds.Threshold> hearingThresholds(ScopedPrincipal caller) {
		return thresholds.atMyBody(caller);
	}

	@PutMapping("/hearing-thresholds/{domain}")
	@Operation(summary = "Set my body's 较大数额 for a domain (head only), in yuan")
	Map<EnforcementDomain, HearingThresholds.Threshold> setHearingThreshold(@PathVariable EnforcementDomain domain,
			@Valid @RequestBody ThresholdRequest request, ScopedPrincipal caller) {
		return thresholds.set(domain, request.naturalPerson(), request.organisation(), caller);
	}

	@DeleteMapping("/hearing-thresholds/{domain}")
	@Operation(summary = "Return my body's 较大数额 for a domain to the default (head only)")
	Map<EnforcementDomain, HearingThresholds.Threshold> resetHearingThreshold(@PathVariable EnforcementDomain domain,
			ScopedPrincipal caller) {
		return thresholds.reset(domain, caller);
	}

	record ThresholdRequest(@NotNull @Schema(example = "5000") BigDecimal naturalPerson,
			@NotNull @Schema(example = "50000") BigDecimal organisation) {
	}

	record Comment(@Size(max = 500) String text) {
	}

	record Chain(@NotEmpty @Size(max = 6) List<String> steps) {
	}
}
