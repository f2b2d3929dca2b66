package cn.oneteam.credit;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 信用监管 through the API (docs/adr/0022-credit-and-risk.md): a subject's credit record, its list entries and credit
 * repair, within the caller's jurisdiction; the rules and class thresholds as data.
 */
@RestController
@RequestMapping("/api/v1/credit")
@Tag(name = "credit 信用监管", description = "Credit-risk class (A–D) of regulated subjects, the 经营异常名录 and "
		+ "严重违法失信名单, publication periods of penalties and credit repair (信用修复)")
class CreditApiController {

	private final Credit credit;

	CreditApiController(Credit credit) {
		this.credit = credit;
	}

	/** The rules and the class thresholds. */
	record Rules(List<CreditRule> rules, List<ClassThreshold> thresholds) {
	}

	@GetMapping("/subjects/{id}")
	@Operation(summary = "A subject's credit record (permission case:read)",
			description = "The class today (score = the sum of the weights of the facts counting today; the facts "
					+ "that counted), the class history newest first with its reasons, the facts (decided penalties "
					+ "with their publication dates on GSXT and 信用中国 — empty when not published — and the day a "
					+ "repair may be applied for), the list entries and the repairs. 404 subject.unknown outside the "
					+ "caller's jurisdiction.")
	CreditViews.SubjectCredit subject(@PathVariable long id, ScopedPrincipal caller) {
		return credit.of(id, caller);
	}

	@PostMapping("/subjects/{id}/lists")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "List a subject on the 经营异常名录 (ABNORMAL) or the 严重违法失信名单 (SERIOUS) "
			+ "(permission credit:manage)",
			description = "ABNORMAL needs its ground (ANNUAL_REPORT, INFORMATION_NOT_PUBLISHED, FALSE_INFORMATION, "
					+ "UNREACHABLE); SERIOUS the case id or decision number it rests on. The entry's term ends 3 years "
					+ "after listing (the serious list's term; the abnormal list's escalation). 409 "
					+ "credit.list.already-listed while an entry of that list is open. The subject is regraded; the "
					+ "serious list forces class D.")
	CreditViews.ListEntry list(@PathVariable long id, @Valid @RequestBody CreditInputs.Listing listing,
			ScopedPrincipal caller) {
		return credit.list(id, listing, caller);
	}

	@PostMapping("/subjects/{id}/lists/{entryId}/removal")
	@Operation(summary = "Remove a list entry with its reason (permission credit:manage)",
			description = "The entry stays, closed; its fact stops counting from the removal day and the subject is "
					+ "regraded. 409 credit.list.already-removed.")
	CreditViews.ListEntry remove(@PathVariable long id, @PathVariable long entryId,
			@Valid @RequestBody CreditInputs.Removal removal, ScopedPrincipal caller) {
		return credit.remove(id, entryId, removal, caller);
	}

	@PostMapping("/subjects/{id}/repairs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply for 信用修复 of a fact (permission case:handle or credit:manage)",
			description = "A general-procedure penalty after 6 months (12 for food, drugs, special equipment), its "
					+ "fine paid, no later penalty for the same matter, the subject on neither list; a serious-list "
					+ "entry after 1 year. Refused with 422 and the reason: credit.repair.too-early (the first day "
					+ "allowed), credit.repair.not-performed, credit.repair.new-penalty, credit.repair.listed, "
					+ "credit.repair.expires-by-itself, credit.repair.not-repairable, credit.repair.not-counting.")
	CreditViews.Repair apply(@PathVariable long id, @Valid @RequestBody CreditInputs.RepairApplication application,
			ScopedPrincipal caller) {
		return credit.applyForRepair(id, application, caller);
	}

	@PostMapping("/subjects/{id}/repairs/{repairId}/decision")
	@Operation(summary = "Decide a repair with reasons (permission credit:manage)",
			description = "An approval checks the conditions again, ends the fact's counting and publication from "
					+ "today (and removes a serious-list entry) and regrades the subject. 409 credit.repair.decided.")
	CreditViews.Repair decide(@PathVariable long id, @PathVariable long repairId,
			@Valid @RequestBody CreditInputs.RepairDecision decision, ScopedPrincipal caller) {
		return credit.decideRepair(id, repairId, decision, caller);
	}

	@GetMapping("/rules")
	@Operation(summary = "The credit rules (weight, period in months, forced class per fact kind) and the class "
			+ "thresholds (permission case:read)")
	Rules rules() {
		return new Rules(credit.rules(), credit.thresholds());
	}

	@PutMapping("/rules/{kind}")
	@Operation(summary = "Change a rule (permission credit:manage)",
			description = "Subjects are regraded with it as their next fact arrives; a fact's period is fixed when "
					+ "it is recorded.")
	CreditRule updateRule(@PathVariable FactKind kind, @Valid @RequestBody CreditInputs.RuleUpdate update,
			ScopedPrincipal caller) {
		return credit.updateRule(kind, update, caller);
	}

	@PutMapping("/thresholds/{creditClass}")
	@Operation(summary = "Change a class's minimum score (permission credit:manage)",
			description = "A stays at 0; B, C and D must rise strictly, or 400 credit.threshold.order.")
	List<ClassThreshold> updateThreshold(@PathVariable CreditClass creditClass,
			@Valid @RequestBody CreditInputs.ThresholdUpdate update, ScopedPrincipal caller) {
		return credit.updateThreshold(creditClass, update, caller);
	}
}
