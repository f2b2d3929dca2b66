package cn.oneteam.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.oneteam.inspection.library.Inspector;
import cn.oneteam.inspection.library.InspectorLibrary;
import cn.oneteam.inspection.targeted.TargetedInspection;
import cn.oneteam.inspection.targeted.TargetedInspections;
import cn.oneteam.inspection.targeted.TargetedState;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import cn.oneteam.subject.quiet.InspectionTrigger;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 个案检查 in the browser (docs/adr/0028-joint-visits.md): the targeted inspections the caller sees by state, the
 * form asking for one ({@code case:handle}: a subject found in the register, the department's published items, a 个案
 * trigger, the reason, the window and the body's certified officers), and a head's approval or refusal. The rules are
 * {@link TargetedInspections}' own; a refusal comes back next to its form, localised.
 */
@Controller
class TargetedPageController {

	private final TargetedInspections targeted;

	private final InspectionItems items;

	private final Organizations organizations;

	private final Subjects subjects;

	private final InspectorLibrary library;

	private final Visits visits;

	private final MessageSource messages;

	TargetedPageController(TargetedInspections targeted, InspectionItems items, Organizations organizations,
			Subjects subjects, InspectorLibrary library, Visits visits, MessageSource messages) {
		this.targeted = targeted;
		this.items = items;
		this.organizations = organizations;
		this.subjects = subjects;
		this.library = library;
		this.visits = visits;
		this.messages = messages;
	}

	/** The 个案 triggers (the proactive ones belong in a plan). */
	static List<InspectionTrigger> triggers() {
		return Arrays.stream(InspectionTrigger.values()).filter(t -> !t.proactive()).toList();
	}

	@GetMapping("/inspections/targeted")
	String page(@RequestParam(required = false) @Nullable TargetedState state,
			@RequestParam(required = false) @Nullable Long departmentId,
			@RequestParam(required = false) @Nullable String q, ScopedPrincipal caller, Model model) {
		List<TargetedInspection> list = targeted.inspections(state, caller);
		model.addAttribute("state", state);
		model.addAttribute("states", TargetedState.values());
		model.addAttribute("requests", list);
		Map<Long, String> names = new HashMap<>();
		subjects.active(list.stream().map(TargetedInspection::subjectId).distinct().toList(), List.of(), "")
			.forEach(s -> names.put(s.id(), s.name()));
		model.addAttribute("subjectNames", names);
		Map<Long, String> codes = new HashMap<>();
		for (TargetedInspection t : list) {
			if (t.visitId() != null) {
				try {
					codes.put(t.visitId(), visits.visit(t.visitId(), caller).code());
				}
				catch (RuleViolation notSeen) {
					// the visit is not the caller's to see: the list still links to it
				}
			}
		}
		model.addAttribute("visitCodes", codes);
		Map<Long, String> departments = new HashMap<>();
		List<Organization> within = new ArrayList<>();
		for (Organization o : organizations.visibleIn(caller.jurisdiction())) {
			departments.put(o.id().value(), o.name());
			if (o.isWithin(caller.jurisdiction())) {
				within.add(o);
			}
		}
		model.addAttribute("departments", departments);
		if (Authority.holds("case:handle")) {
			long department = departmentId != null ? departmentId : caller.organizationId();
			model.addAttribute("departmentId", department);
			model.addAttribute("within", within);
			model.addAttribute("publishedItems",
					items.list(caller).stream().filter(i -> i.published() && i.departmentId() == department).toList());
			model.addAttribute("triggers", triggers());
			// the department's own certified inspectors valid today (docs/adr/0032-inspectors-library-and-recusal.md)
			model.addAttribute("inspectors", library.inspectors(department, caller)
				.stream()
				.filter(Inspector::validToday)
				.map(Inspector::certificateNumber)
				.sorted()
				.toList());
			model.addAttribute("q", q);
			if (q != null && !q.isBlank()) {
				List<SubjectView> results = subjects.search(q, caller);
				model.addAttribute("results", results);
			}
		}
		return "inspection/targeted";
	}

	@PostMapping("/inspections/targeted")
	String request(@RequestParam(required = false) @Nullable Long subjectId,
			@RequestParam(required = false) @Nullable Long departmentId,
			@RequestParam(required = false) @Nullable List<Long> itemIds,
			@RequestParam(required = false) @Nullable InspectionTrigger trigger,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String windowFrom,
			@RequestParam(required = false) @Nullable String windowUntil,
			@RequestParam(required = false) @Nullable List<String> inspectors,
			@RequestParam(required = false) @Nullable String otherInspectors, ScopedPrincipal caller, Locale locale,
			RedirectAttributes redirect) {
		Function<String, String> label = key -> messages.getMessage(key, null, key, locale);
		try {
			if (subjectId == null) {
				throw TaskForm.required("inspection.targeted.subject", label);
			}
			if (departmentId == null) {
				throw TaskForm.required("inspection.item.department", label);
			}
			if (itemIds == null || itemIds.isEmpty()) {
				throw TaskForm.required("inspection.targeted.items", label);
			}
			if (trigger == null) {
				throw TaskForm.required("inspection.targeted.trigger", label);
			}
			if (reason == null || reason.isBlank()) {
				throw TaskForm.required("inspection.targeted.reason", label);
			}
			LocalDate from = date(windowFrom, "inspection.targeted.windowFrom", label);
			LocalDate until = date(windowUntil, "inspection.targeted.windowUntil", label);
			Set<String> numbers = new LinkedHashSet<>();
			if (inspectors != null) {
				inspectors.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(numbers::add);
			}
			if (otherInspectors != null) {
				Arrays.stream(otherInspectors.split("[\\s,，、;；]+")).map(String::strip).filter(s -> !s.isEmpty())
					.forEach(numbers::add);
			}
			if (numbers.isEmpty()) {
				throw TaskForm.required("inspection.targeted.inspectors", label);
			}
			TargetedInspection asked = targeted.request(new TargetedInspections.Input(subjectId, departmentId, itemIds,
					trigger, reason.strip(), from, until, List.copyOf(numbers)), caller);
			redirect.addFlashAttribute("saved", true);
			redirect.addFlashAttribute("asked", asked.id());
			return "redirect:/inspections/targeted";
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			redirect.addFlashAttribute("errorAt", "request");
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/inspections/targeted");
			if (departmentId != null) {
				uri.queryParam("departmentId", departmentId);
			}
			return "redirect:" + uri.encode().build().toUriString();
		}
	}

	@PostMapping("/inspections/targeted/{id}/approve")
	String approve(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			targeted.approve(id, caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			decisionRefused(violation, id, redirect);
		}
		return "redirect:/inspections/targeted";
	}

	@PostMapping("/inspections/targeted/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			ScopedPrincipal caller, Locale locale, RedirectAttributes redirect) {
		try {
			if (reason == null || reason.isBlank()) {
				throw TaskForm.required("inspection.targeted.refusal",
						key -> messages.getMessage(key, null, key, locale));
			}
			targeted.refuse(id, new TargetedInspections.Refusal(reason.strip()), caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			decisionRefused(violation, id, redirect);
		}
		return "redirect:/inspections/targeted";
	}

	private static void decisionRefused(RuleViolation violation, long id, RedirectAttributes redirect) {
		if (violation.status() == RuleViolation.NOT_FOUND) {
			throw violation;
		}
		redirect.addFlashAttribute("error", FlashMessage.of(violation));
		redirect.addFlashAttribute("errorAt", "decide-" + id);
	}

	private static LocalDate date(@Nullable String text, String key, Function<String, String> label) {
		if (text == null || text.isBlank()) {
			throw TaskForm.required(key, label);
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw TaskForm.required(key, label);
		}
	}
}
