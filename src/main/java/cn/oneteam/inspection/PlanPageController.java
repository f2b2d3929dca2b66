package cn.oneteam.inspection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import cn.oneteam.credit.CreditClass;
import cn.oneteam.inspection.draw.Draws;
import cn.oneteam.inspection.draw.JurisdictionDraws;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning pages (docs/adr/0025-inspection-items-and-plans.md, Pages): a new annual plan, a plan's page with its
 * tasks and the form of a new task, and a task's page — approve it, draw it, declare a conflict, its draws and, once
 * drawn, its planned visits with their codes. A refusal comes back next to its form, localised.
 */
@Controller
class PlanPageController {

	private final InspectionItems items;

	private final InspectionTasks tasks;

	private final Organizations organizations;

	private final Draws draws;

	private final JurisdictionDraws jurisdictionDraws;

	private final Visits visits;

	private final Subjects subjects;

	private final MessageSource messages;

	PlanPageController(InspectionItems items, InspectionTasks tasks, Organizations organizations, Draws draws,
			JurisdictionDraws jurisdictionDraws, Visits visits, Subjects subjects, MessageSource messages) {
		this.items = items;
		this.tasks = tasks;
		this.organizations = organizations;
		this.draws = draws;
		this.jurisdictionDraws = jurisdictionDraws;
		this.visits = visits;
		this.subjects = subjects;
		this.messages = messages;
	}

	@PostMapping("/inspections/plans")
	String createPlan(@RequestParam(required = false) @Nullable Long bodyId,
			@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Long leadId,
			@RequestParam(required = false) @Nullable List<Long> departmentIds, ScopedPrincipal caller, Locale locale,
			RedirectAttributes redirect) {
		Function<String, String> label = key -> messages.getMessage(key, null, key, locale);
		try {
			if (bodyId == null) {
				throw TaskForm.required("inspection.plan.body", label);
			}
			if (year == null) {
				throw TaskForm.required("inspection.pages.plan.year", label);
			}
			if (name == null || name.isBlank()) {
				throw TaskForm.required("inspection.pages.plan.name", label);
			}
			if (departmentIds == null || departmentIds.isEmpty()) {
				throw TaskForm.required("inspection.plan.departments", label);
			}
			if (leadId == null) {
				throw TaskForm.required("inspection.plan.lead", label);
			}
			InspectionPlan plan = tasks.createPlan(new InspectionInputs.Plan(bodyId, year, name.strip(), leadId,
					departmentIds), caller);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inspections/plans/" + plan.id();
		}
		catch (RuleViolation violation) {
			return refused(violation, "plan", redirect, "redirect:/inspections/plans");
		}
	}

	@GetMapping("/inspections/plans/{id}")
	String plan(@PathVariable long id, ScopedPrincipal caller, Model model) {
		InspectionPlan plan = tasks.plan(id, caller);
		model.addAttribute("plan", plan);
		model.addAttribute("tasks", tasks.tasks(id, caller));
		model.addAttribute("departments", names(caller));
		model.addAttribute("publishedItems", items.list(caller)
			.stream()
			.filter(i -> i.published() && plan.departmentIds().contains(i.departmentId()))
			.toList());
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("classes", CreditClass.values());
		model.addAttribute("division", organizations.find(new OrganizationId(plan.bodyId()))
			.map(o -> o.seat().value())
			.orElse(""));
		return "inspection/plan";
	}

	@PostMapping("/inspections/plans/{id}/tasks")
	String createTask(@PathVariable long id, @ModelAttribute TaskForm form, ScopedPrincipal caller, Locale locale,
			RedirectAttributes redirect) {
		try {
			InspectionTask task = tasks.createTask(id,
					form.toInput(key -> messages.getMessage(key, null, key, locale)), caller);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/inspections/tasks/" + task.id();
		}
		catch (RuleViolation violation) {
			return refused(violation, "task", redirect, "redirect:/inspections/plans/" + id);
		}
	}

	@PostMapping("/inspections/tasks/{id}/approve")
	String approve(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			tasks.approve(id, caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			refused(violation, "approve", redirect, "");
		}
		return "redirect:/inspections/tasks/" + id;
	}

	/**
	 * The task's page: what it draws from, approval for a head, the draw and the declared conflicts for an officer
	 * ({@code case:handle}), its draws with their public pages and the visits planned from them.
	 */
	@GetMapping("/inspections/tasks/{id}")
	String task(@PathVariable long id, ScopedPrincipal caller, Model model) {
		InspectionTask task = tasks.task(id, caller);
		model.addAttribute("task", task);
		model.addAttribute("plan", tasks.plan(task.planId(), caller));
		model.addAttribute("departments", names(caller));
		Map<Long, String> itemNames = new HashMap<>();
		items.list(caller).forEach(i -> itemNames.put(i.id(), i.name() + " v" + i.version()));
		model.addAttribute("itemNames", itemNames);
		model.addAttribute("draws", draws.ofTask(id));
		boolean reads = Authority.holds("case:read");
		List<Visit> planned = reads ? visits.ofTask(id, caller) : List.of();
		model.addAttribute("visits", planned);
		Map<Long, SubjectView> shown = new HashMap<>();
		subjects.active(planned.stream().map(Visit::subjectId).toList(), List.of(), "")
			.forEach(s -> shown.put(s.id(), s));
		model.addAttribute("subjects", shown);
		model.addAttribute("inspectors", reads ? jurisdictionDraws.inspectors(caller) : List.of());
		return "inspection/task";
	}

	private String refused(RuleViolation violation, String form, RedirectAttributes redirect, String to) {
		if (violation.status() == RuleViolation.NOT_FOUND) {
			throw violation;
		}
		redirect.addFlashAttribute("error", FlashMessage.of(violation));
		redirect.addFlashAttribute("errorAt", form);
		return to;
	}

	private Map<Long, String> names(ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		for (Organization o : organizations.visibleIn(caller.jurisdiction())) {
			names.put(o.id().value(), o.name());
		}
		return names;
	}
}
