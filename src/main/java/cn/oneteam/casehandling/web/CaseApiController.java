package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.Cases;
import cn.oneteam.casehandling.ExecutionInputs;
import cn.oneteam.casehandling.OnTheSpotCollection;
import cn.oneteam.casehandling.OnTheSpotDecision;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.audit.RecordEntry;
import cn.oneteam.audit.Verification;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.organization.PersonId;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases 案件办理", description = "Penalty cases; this version records on-the-spot decisions (简易程序)")
class CaseApiController {

	private final Cases cases;

	CaseApiController(Cases cases) {
		this.cases = cases;
	}

	@GetMapping
	@Operation(summary = "Cases in the caller's jurisdiction, newest first (at most 500)")
	List<PenaltyCase> list(JurisdictionScope scope) {
		return cases.inScope(scope);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case; 403 outside the caller's jurisdiction")
	PenaltyCase one(@PathVariable long id, JurisdictionScope scope) {
		return cases.require(id, scope);
	}

	@GetMapping("/{id}/record")
	@Operation(summary = "The case's full-process record (执法全过程记录), oldest first, with hashes")
	List<RecordEntry> record(@PathVariable long id, JurisdictionScope scope) {
		return cases.recordOf(id, scope);
	}

	@GetMapping("/{id}/record/verify")
	@Operation(summary = "Verify the case's record end to end",
			description = "Recomputes the case's chain and the global chain from content, checks the head against the "
					+ "latest signed checkpoint, the case as stored against its last recorded state, and its evidence "
					+ "(metadata, stored files re-hashed) and documents against the digests the record keeps; reports "
					+ "the first entry that was changed, removed, inserted or reordered, and why "
					+ "(docs/adr/0007-tamper-evidence.md).")
	Verification verify(@PathVariable long id, JurisdictionScope scope) {
		return cases.verifyRecord(id, scope);
	}

	@PostMapping("/on-the-spot")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an on-the-spot decision (简易程序, 处罚法 §51–§53)",
			description = "Refused with 422 and the reasons (message codes) when: the penalty is not a warning or a fine "
					+ "above 0 and within 200 yuan (citizen) / 3,000 yuan (organisation); a kind or amount the matter does not allow; "
					+ "the caller's body is not the one responsible for the matter at the place on the day; fewer than two "
					+ "distinct officers of that body hold a certificate valid that day for the matter's domain; the party was "
					+ "not told of the facts, reasons, basis and right to state and defend (partyInformed, §44). Returns the "
					+ "case with the archive deadline (7 working days) and the payment deadline (15 days, moved off rest days). "
					+ "Where the body issued pre-numbered forms, formNumber must be an unused number of a block held by "
					+ "one of the officers. A fine collected on the spot (collection) only if at most 100 yuan, hard to "
					+ "enforce later, or in a remote area at the party's request, with the finance receipt (§68–§70); "
					+ "the cash is then due at the body within 2 working days (§71, POST /{id}/cash-handover).")
	PenaltyCase decide(@Valid @RequestBody DecisionRequest r, ScopedPrincipal caller) {
		return cases.decideOnTheSpot(new OnTheSpotDecision(r.matter(), DivisionCode.of(r.place()), r.decidedOn(),
				r.partyKind(), r.partyName(), r.facts(), r.penaltyKinds(), r.fine(), r.formNumber(),
				r.officers().stream().map(PersonId::new).toList(), Boolean.TRUE.equals(r.partyInformed()),
				r.collection(), r.subjectId()), caller);
	}

	@PostMapping("/{id}/cash-handover")
	@Operation(summary = "Record the hand-over of a fine collected on the spot with an on-the-spot decision (处罚法 §71)",
			description = "Due within 2 working days of the collection; a later hand-over is recorded as late. 409 when "
					+ "nothing collected on the spot waits to be handed over.")
	PenaltyCase handOver(@PathVariable long id, @Valid @RequestBody ExecutionInputs.CashHandover input,
			ScopedPrincipal caller) {
		return cases.handOverCash(id, input, caller);
	}

	record DecisionRequest(@NotBlank String matter, @NotBlank String place, @NotNull LocalDate decidedOn,
			@NotNull PartyKind partyKind, @NotBlank @Size(max = 200) String partyName,
			@NotBlank @Size(max = 2000) String facts, @NotEmpty Set<PenaltyKind> penaltyKinds,
			@Nullable @DecimalMax("999999999999") BigDecimal fine, @NotBlank @Size(max = 60) String formNumber,
			@NotEmpty @Size(max = 6) List<@NotNull Long> officers, @Nullable Boolean partyInformed,
			@Nullable @Valid OnTheSpotCollection collection,
			@Nullable @io.swagger.v3.oas.annotations.media.Schema(description = "the party chosen from the register of "
					+ "subjects: its kind must match partyKind; the register's name and particulars are kept as of the decision")
			Long subjectId) {
	}
}
