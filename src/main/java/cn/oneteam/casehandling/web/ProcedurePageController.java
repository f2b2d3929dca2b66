package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseMeasures;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.CaseProcedure;
import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.CaseWork;
import cn.oneteam.casehandling.ClockKind;
import cn.oneteam.casehandling.ClueSource;
import cn.oneteam.casehandling.ExecutionInputs;
import cn.oneteam.casehandling.MentalCapacity;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.measures.MeasureRegister;
import cn.oneteam.casehandling.procedure.ApprovingRole;
import cn.oneteam.casehandling.procedure.CasePeriods;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.casehandling.web.ActionForms.Values;
import cn.oneteam.casehandling.CaseInputs.InvestigationKind;
import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.CaseInputs.ReviewOpinion;
import cn.oneteam.casehandling.CaseInputs.ServiceMethod;
import cn.oneteam.casehandling.CaseMeasures.Measure;
import cn.oneteam.casehandling.CaseMeasures.MeasureKind;
import cn.oneteam.casehandling.MeasureInputs.PreservationOutcome;
import cn.oneteam.casehandling.MeasureInputs.RemedyEnd;
import cn.oneteam.casehandling.MeasureInputs.RemedyKind;
import cn.oneteam.casehandling.MeasureInputs.RemedyStart;
import cn.oneteam.casehandling.MeasureInputs.SeizureEnd;
import cn.oneteam.casehandling.MeasureInputs.SeizureKind;
import cn.oneteam.casehandling.MeasureInputs.SuspensionGround;
import cn.oneteam.casehandling.MeasureInputs.TerminationGround;
import cn.oneteam.casehandling.MeasureInputs.TestingKind;
import cn.oneteam.casehandling.MeasureInputs.TransferKind;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.catalog.Circumstance;
import cn.oneteam.catalog.Discretion;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.region.Division;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The general procedure's pages: my worklist and alerts, registering a clue, each action's form on the case page
 * (loaded and submitted with htmx; a refused action shows its reasons and changes nothing), the case's measures,
 * pauses, transfers and remedy periods (复议、诉讼, 处罚法 §73), the approval inbox, and the body's approval chains.
 */
@Controller
class ProcedurePageController {

	/** The element the case page loads action forms into; a request aimed at it gets the form alone. */
	private static final String PANEL = "action-panel";

	private static final int COMMENT_MAX = 500;

	private final CaseProcedure procedure;

	private final CaseWork work;

	private final MeasureRegister register;

	private final ActionForms forms;

	private final Catalog catalog;

	private final Discretion discretion;

	private final Officers officers;

	private final Regions regions;

	private final MessageSource messages;

	private final Clock clock;

	private final Organizations organizations;

	private final CasePeriods periods;

	private final ClueParty parties;

	ProcedurePageController(CaseProcedure procedure, CaseWork work, MeasureRegister register, ActionForms forms,
			Catalog catalog, Discretion discretion, Officers officers, Regions regions, MessageSource messages,
			Clock clock, Organizations organizations, CasePeriods periods, ClueParty parties) {
		this.parties = parties;
		this.organizations = organizations;
		this.periods = periods;
		this.procedure = procedure;
		this.work = work;
		this.register = register;
		this.forms = forms;
		this.catalog = catalog;
		this.discretion = discretion;
		this.officers = officers;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cases/worklist")
	String worklist(ScopedPrincipal caller, Model model) {
		model.addAttribute("items", work.worklist(caller));
		return "casehandling/worklist";
	}

	@GetMapping("/cases/alerts")
	String alerts(ScopedPrincipal caller, Model model) {
		model.addAttribute("alerts", work.alerts(caller));
		return "casehandling/alerts";
	}

	@GetMapping("/cases/new")
	String clueForm(ScopedPrincipal caller, Model model) {
		return clueForm(caller, model, new Values(Map.of("discoveredOn", List.of(LocalDate.now(clock).toString()))));
	}

	@PostMapping("/cases/new")
	String registerClue(ScopedPrincipal caller, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			NewClue clue = forms.read(NewClue.class, request.getParameterMap());
			if (ClueParty.registersSubject(request.getParameterMap())) { // 新登记 (docs/adr/0023-case-party-from-register.md)
				clue = clue.withNewSubject(forms.read(SubjectInputs.Registration.class,
						ClueParty.subjectFields(request.getParameterMap())));
			}
			return "redirect:/cases/" + procedure.registerClue(clue, caller).id();
		}
		catch (RuleViolation refused) {
			refusal(refused, model, response);
			return clueForm(caller, model, Values.submitted(request.getParameterMap()));
		}
	}

	private String clueForm(ScopedPrincipal caller, Model model, Values values) {
		model.addAttribute("values", values);
		model.addAttribute("matters", catalog.matters());
		model.addAttribute("partyKinds", PartyKind.values());
		model.addAttribute("sources", ClueSource.values());
		model.addAttribute("places", places(caller));
		model.addAttribute("verificationDays", periods.length(ClockKind.CLUE_VERIFICATION));
		model.addAttribute("verificationExtension", periods.extension(ClockKind.CLUE_VERIFICATION));
		model.addAttribute("subjectKinds", SubjectKind.values());
		parties.chosen(values.one("subjectId"), caller).ifPresent(s -> model.addAttribute("chosenParty", s));
		return "casehandling/new-clue";
	}

	/** The divisions of the caller's jurisdiction and the ones right below them, to pick a place from. */
	private List<Division> places(ScopedPrincipal caller) {
		List<Division> places = new ArrayList<>();
		for (DivisionCode code : caller.jurisdiction().divisions()) {
			regions.find(code).ifPresent(d -> {
				places.add(d);
				places.addAll(regions.children(code));
			});
		}
		return places;
	}

	@GetMapping("/cases/{id}/actions/{slug}")
	String actionForm(@PathVariable long id, @PathVariable String slug, ScopedPrincipal caller,
			HttpServletRequest request, Model model) {
		CaseAction action = action(slug);
		CaseDetail detail = procedure.detail(id, caller);
		Values values = forms.input(action)
			.map(type -> ActionForms.defaults(type, detail, LocalDateTime.now(clock)))
			.orElseGet(() -> new Values(Map.of()));
		return panel(action, detail, values, caller, request, model);
	}

	/** Performs the action, or files it for approval; refused, the form comes back with the reasons. */
	@PostMapping("/cases/{id}/actions/{slug}")
	String act(@PathVariable long id, @PathVariable String slug, ScopedPrincipal caller, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		CaseAction action = action(slug);
		try {
			Class<?> type = forms.input(action).orElseThrow(() -> unknown(slug));
			procedure.act(id, action, forms.read(type, request.getParameterMap()), caller);
		}
		catch (RuleViolation refused) {
			refusal(refused, model, response);
			return panel(action, procedure.detail(id, caller), Values.submitted(request.getParameterMap()), caller,
					request, model);
		}
		if (!PANEL.equals(request.getHeader("HX-Target"))) {
			return "redirect:/cases/" + id;
		}
		response.setHeader("HX-Redirect", request.getContextPath() + "/cases/" + id);
		return "casehandling/action :: done";
	}

	private String panel(CaseAction action, CaseDetail detail, Values values, ScopedPrincipal caller,
			HttpServletRequest request, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("action", action);
		model.addAttribute("detail", detail);
		model.addAttribute("values", values);
		model.addAttribute("form", forms.input(action).flatMap(forms::template).orElse(null));
		model.addAttribute("people", officers.people(new OrganizationId(caller.organizationId()), caller.jurisdiction())
			.stream()
			.filter(p -> p.category() == PersonCategory.ESTABLISHMENT && p.inPostOn(today))
			.toList());
		model.addAttribute("kinds", catalog.require(detail.matterCode()).latest().penaltyKinds());
		model.addAttribute("circumstances", circumstances(detail, today));
		model.addAttribute("outcomes", CaseOutcome.values());
		model.addAttribute("capacities", MentalCapacity.values());
		model.addAttribute("investigationKinds", InvestigationKind.values());
		model.addAttribute("opinions", ReviewOpinion.values());
		model.addAttribute("serviceMethods", ServiceMethod.values());
		model.addAttribute("paymentChannels", ExecutionInputs.PaymentChannel.values());
		model.addAttribute("dangers", ExecutionInputs.Danger.values());
		model.addAttribute("enforcementSuspensionGrounds", ExecutionInputs.SuspensionGround.values());
		model.addAttribute("endGrounds", ExecutionInputs.EndGround.values());
		List<Measure> inForce = register.of(detail.id(), caller)
			.measures()
			.stream()
			.filter(m -> m.state() == CaseMeasures.State.IN_FORCE)
			.toList();
		model.addAttribute("preservations", inForce.stream().filter(m -> m.kind() == MeasureKind.PRESERVATION).toList());
		model.addAttribute("seizures", inForce.stream().filter(m -> m.kind() != MeasureKind.PRESERVATION).toList());
		model.addAttribute("preservationOutcomes", PreservationOutcome.values());
		model.addAttribute("seizureKinds", SeizureKind.values());
		model.addAttribute("seizureEnds", SeizureEnd.values());
		model.addAttribute("testingKinds", TestingKind.values());
		model.addAttribute("suspensionGrounds", SuspensionGround.values());
		model.addAttribute("terminationGrounds", TerminationGround.values());
		model.addAttribute("transferKinds", TransferKind.values());
		// a transfer to a department of the platform lets its staff read the case once sent (docs/adr/0009-who-may-do-what.md)
		model.addAttribute("departments", organizations.visibleIn(caller.jurisdiction())
			.stream()
			.filter(o -> o.kind() == OrganizationKind.DEPARTMENT)
			.toList());
		return PANEL.equals(request.getHeader("HX-Target")) ? "casehandling/action :: panel" : "casehandling/action";
	}

	/** What the case holds and held, its pauses, transfers and remedy periods; htmx loads it into the case page. */
	@GetMapping("/cases/{id}/measures")
	String measures(@PathVariable long id, ScopedPrincipal caller, HttpServletRequest request, Model model) {
		model.addAttribute("detail", procedure.detail(id, caller));
		model.addAttribute("held", register.of(id, caller));
		model.addAttribute("remedyKinds", RemedyKind.values());
		model.addAttribute("today", LocalDate.now(clock));
		return request.getHeader("HX-Request") != null ? "casehandling/measures :: overview" : "casehandling/measures";
	}

	/** 复议 or 诉讼 brought against the served decision (处罚法 §73); refused, the case page shows why. */
	@PostMapping("/cases/{id}/remedies")
	String startRemedy(@PathVariable long id, ScopedPrincipal caller, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			register.startRemedy(id, forms.read(RemedyStart.class, request.getParameterMap()), caller);
		}
		catch (RuleViolation refused) {
			flash(refused, redirect);
		}
		return "redirect:/cases/" + id;
	}

	/** The 复议 decision or the judgment that ended the remedy; refused, the case page shows why. */
	@PostMapping("/cases/{id}/remedies/{remedyId}/end")
	String endRemedy(@PathVariable long id, @PathVariable long remedyId, ScopedPrincipal caller,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			register.endRemedy(id, remedyId, forms.read(RemedyEnd.class, request.getParameterMap()), caller);
		}
		catch (RuleViolation refused) {
			flash(refused, redirect);
		}
		return "redirect:/cases/" + id;
	}

	/** The circumstances the benchmarks in force at the place name, once each. */
	private List<Circumstance> circumstances(CaseDetail detail, LocalDate today) {
		DivisionCode place = DivisionCode.of(detail.place());
		Map<String, Circumstance> named = new LinkedHashMap<>();
		discretion.benchmarks(detail.matterCode())
			.stream()
			.filter(b -> b.appliesIn(place) && b.inForceOn(today))
			.flatMap(b -> b.tiers().stream())
			.flatMap(t -> t.circumstances().stream())
			.forEach(c -> named.putIfAbsent(c.code(), c));
		return List.copyOf(named.values());
	}

	@GetMapping("/cases/approvals")
	String inbox(ScopedPrincipal caller, Model model) {
		model.addAttribute("requests", procedure.inbox(caller));
		return "casehandling/approvals";
	}

	/** An approver's decision from the inbox or the case page; a rejection needs a reason. */
	@PostMapping("/cases/approvals/{requestId}/{decision:approve|reject}")
	String decide(@PathVariable long requestId, @PathVariable String decision, @RequestParam long caseId,
			@RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "case") String from,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		boolean approve = "approve".equals(decision);
		try {
			if ((!approve && comment.isBlank()) || comment.length() > COMMENT_MAX) {
				throw new CaseViolation(CaseViolation.BAD_REQUEST, "approval.comment-invalid", List.of(), COMMENT_MAX);
			}
			procedure.decide(requestId, approve, comment.trim(), caller);
		}
		catch (RuleViolation refused) {
			flash(refused, redirect);
		}
		return "redirect:" + ("inbox".equals(from) ? "/cases/approvals" : "/cases/" + caseId);
	}

	@GetMapping("/cases/approval-chains")
	String chains(ScopedPrincipal caller, Model model) {
		model.addAttribute("chains", procedure.chains(caller));
		model.addAttribute("roles", Arrays.stream(ApprovingRole.values()).map(Enum::name).toList());
		return "casehandling/chains";
	}

	/** The head sets a chain as role codes separated by commas, in order. */
	@PostMapping("/cases/approval-chains/{action}")
	String configure(@PathVariable CaseAction action, @RequestParam(defaultValue = "") String steps,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		List<String> roles = Arrays.stream(steps.split("[,，\\s]+"))
			.filter(s -> !s.isBlank())
			.map(s -> s.trim().toUpperCase(Locale.ROOT))
			.toList();
		try {
			procedure.configureChain(action, roles, caller);
			redirect.addFlashAttribute("saved", action);
		}
		catch (RuleViolation refused) {
			flash(refused, redirect);
		}
		return "redirect:/cases/approval-chains";
	}

	private static CaseAction action(String slug) {
		return Arrays.stream(CaseAction.values())
			.filter(a -> a.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> unknown(slug));
	}

	private static CaseViolation unknown(String slug) {
		return new CaseViolation(CaseViolation.NOT_FOUND, "case.action-unknown", List.of(), slug);
	}

	private void refusal(RuleViolation refused, Model model, HttpServletResponse response) {
		model.addAttribute("error", localised(refused));
		model.addAttribute("reasons", refused instanceof CaseViolation c ? c.reasons() : List.of());
		model.addAttribute("reasonArguments", refused instanceof CaseViolation c ? c.reasonArguments() : Map.of());
		response.setStatus(refused.status());
	}

	private void flash(RuleViolation refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", localised(refused));
		redirect.addFlashAttribute("reasons", refused instanceof CaseViolation c ? c.reasons() : List.of());
		redirect.addFlashAttribute("reasonArguments", refused instanceof CaseViolation c ? c.reasonArguments() : Map.of());
	}

	/** The refusal with the actions, stages and roles it names in the reader's language. */
	private FlashMessage localised(RuleViolation refused) {
		Locale locale = LocaleContextHolder.getLocale();
		String[] arguments = Arrays.stream(refused.arguments())
			.map(a -> labelKey(a).map(key -> messages.getMessage(key, null, a, locale)).orElse(a))
			.toArray(String[]::new);
		return new FlashMessage(refused.code(), arguments);
	}

	private static Optional<String> labelKey(String argument) {
		for (CaseAction action : CaseAction.values()) {
			if (action.name().equals(argument)) {
				return Optional.of("case.action." + action.slug());
			}
		}
		for (CaseStage stage : CaseStage.values()) {
			if (stage.name().equals(argument)) {
				return Optional.of("case.stage." + stage.name());
			}
		}
		for (ApprovingRole role : ApprovingRole.values()) {
			if (role.name().equals(argument)) {
				return Optional.of("role." + role.name());
			}
		}
		return Optional.empty();
	}
}
