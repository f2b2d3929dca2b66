package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseDocuments;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.Cases;
import cn.oneteam.casehandling.OnTheSpotCollection;
import cn.oneteam.casehandling.OnTheSpotDecision;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.oneteam.audit.RecordEntry;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases: the list in the jurisdiction, the on-the-spot decision form, and a case's page — for a general-procedure case
 * with its stage, clocks, pending approval, the actions the caller may take and the full-process record.
 */
@Controller
class CasePageController {

	/** The usual course of a general-procedure case, in order; suspension and transfer show only while a case is in them. */
	private static final Set<CaseStage> MAIN_PATH = EnumSet.complementOf(EnumSet.of(CaseStage.SUSPENDED,
			CaseStage.TRANSFERRING));

	private final Cases cases;

	private final CaseProcedure procedure;

	private final Catalog catalog;

	private final Officers officers;

	private final JsonMapper json;

	private final Clock clock;

	private final CaseDocuments documents;

	private final ClueParty parties;

	CasePageController(Cases cases, CaseProcedure procedure, Catalog catalog, Officers officers, JsonMapper json,
			Clock clock, CaseDocuments documents, ClueParty parties) {
		this.parties = parties;
		this.documents = documents;
		this.cases = cases;
		this.procedure = procedure;
		this.catalog = catalog;
		this.officers = officers;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/cases")
	String list(JurisdictionScope scope, Model model) {
		model.addAttribute("cases", cases.inScope(scope));
		return "casehandling/list";
	}

	@GetMapping("/cases/{id}")
	String one(@PathVariable long id, ScopedPrincipal caller, Model model) {
		JurisdictionScope scope = caller.jurisdiction();
		PenaltyCase penaltyCase = cases.require(id, scope);
		model.addAttribute("penaltyCase", penaltyCase);
		model.addAttribute("verification", cases.verifyRecord(id, scope, false)); // files: by the API
		if (penaltyCase.procedure() == PenaltyCase.Procedure.SIMPLE) {
			model.addAttribute("record", cases.recordOf(id, scope));
			return "casehandling/case";
		}
		CaseDetail detail = procedure.detail(id, caller);
		model.addAttribute("detail", detail);
		if (detail.subjectId() != null) { // the party in the register, with its status (docs/adr/0023-case-party-from-register.md)
			parties.chosen(String.valueOf(detail.subjectId()), caller).ifPresent(s -> model.addAttribute("partySubject", s));
		}
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("stages", Arrays.stream(CaseStage.values())
			.filter(s -> MAIN_PATH.contains(s) || s == detail.stage())
			.toList());
		model.addAttribute("timeline", cases.recordOf(id, scope).stream().map(this::line).toList());
		model.addAttribute("issuedDocuments", documents.documents(id, caller));
		model.addAttribute("documentTypes", // with the action each belongs to (docs/adr/0016-case-aggregate.md)
				java.util.Arrays.stream(DocumentType.values()).map(CaseDocumentApiController.TypeInfo::of).toList());
		return "casehandling/general";
	}

	/** One entry of the record as the timeline shows it: the action split from its approval prefix, and what it says. */
	private TimelineEntry line(RecordEntry entry) {
		int colon = entry.action().indexOf(':');
		JsonNode payload = json.readTree(entry.payload());
		List<String> reasons = payload.path("reasons").valueStream().map(JsonNode::asString).toList();
		return new TimelineEntry(entry, colon < 0 ? null : entry.action().substring(0, colon),
				entry.action().substring(colon + 1), payload.path("refused").asString(""), reasons,
				payload.path("comment").asString(""));
	}

	/** A line of the case's timeline. */
	record TimelineEntry(RecordEntry entry, @Nullable String prefix, String slug, String refused, List<String> reasons,
			String comment) {
	}

	@GetMapping("/cases/on-the-spot")
	String form(ScopedPrincipal caller, Model model) {
		return form(caller, model, LocalDate.now(clock));
	}

	@PostMapping("/cases/on-the-spot")
	String decide(@RequestParam String matter, @RequestParam String place,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam PartyKind partyKind, @RequestParam String partyName, @RequestParam String facts,
			@RequestParam(required = false) @Nullable Set<PenaltyKind> kinds,
			@RequestParam(required = false) @Nullable BigDecimal fine, @RequestParam String formNumber,
			@RequestParam(required = false) @Nullable List<Long> officerIds,
			@RequestParam(defaultValue = "false") boolean partyInformed,
			@RequestParam(required = false) OnTheSpotCollection.@Nullable Ground collectionGround,
			@RequestParam(required = false) @Nullable String financeReceipt,
			@RequestParam(defaultValue = "false") boolean collectionRequested, ScopedPrincipal caller, Model model) {
		try {
			PenaltyCase decided = cases.decideOnTheSpot(new OnTheSpotDecision(matter.trim(), DivisionCode.of(place.trim()),
					decidedOn, partyKind, partyName, facts, kinds == null ? Set.of() : kinds, fine, formNumber,
					officerIds == null ? List.of() : officerIds.stream().map(PersonId::new).toList(), partyInformed,
					collectionGround == null ? null
							: new OnTheSpotCollection(collectionGround, financeReceipt == null ? "" : financeReceipt.trim(),
									collectionRequested)),
					caller);
			return "redirect:/cases/" + decided.id();
		}
		catch (CaseViolation violation) {
			model.addAttribute("error", FlashMessage.of(violation));
			model.addAttribute("reasons", violation.reasons());
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", FlashMessage.of(violation));
		}
		catch (DuplicateKeyException e) { // the same form number recorded at the same moment by someone else
			model.addAttribute("error", new FlashMessage("case.form-number-used", new String[] { formNumber }));
		}
		return form(caller, model, decidedOn);
	}

	private String form(ScopedPrincipal caller, Model model, LocalDate day) {
		model.addAttribute("day", day);
		model.addAttribute("matters", catalog.matters());
		model.addAttribute("partyKinds", PartyKind.values());
		model.addAttribute("collectionGrounds", OnTheSpotCollection.Ground.values());
		model.addAttribute("kinds", EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE));
		model.addAttribute("people", officers.people(new OrganizationId(caller.organizationId()), caller.jurisdiction())
			.stream()
			.filter(p -> p.category() == PersonCategory.ESTABLISHMENT && p.inPostOn(day))
			.toList());
		return "casehandling/on-the-spot";
	}
}
