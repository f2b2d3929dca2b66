package cn.oneteam.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of 抽查事项清单 (the latest version of each item, its versions, a form to add an item or its next version,
 * a button to publish) and of the annual plans with their tasks and the form of a new plan
 * (docs/adr/0025-inspection-items-and-plans.md).
 */
@Controller
class InspectionPageController {

	private final InspectionItems items;

	private final InspectionTasks tasks;

	private final Organizations organizations;

	private final Clock clock;

	InspectionPageController(InspectionItems items, InspectionTasks tasks, Organizations organizations, Clock clock) {
		this.clock = clock;
		this.items = items;
		this.tasks = tasks;
		this.organizations = organizations;
	}

	@GetMapping("/inspections/items")
	String items(@RequestParam(required = false) @Nullable Long versionsOf, ScopedPrincipal caller, Model model) {
		model.addAttribute("items", items.list(caller));
		model.addAttribute("departments", names(caller));
		List<Organization> manageable = items.manageableDepartments(caller);
		model.addAttribute("manageable", manageable);
		model.addAttribute("manageableIds", manageable.stream().map(o -> o.id().value()).toList());
		model.addAttribute("methods", ItemMethod.values());
		model.addAttribute("kinds", SubjectKind.values());
		if (versionsOf != null) {
			try {
				model.addAttribute("versions", items.versions(versionsOf, caller));
			}
			catch (RuleViolation violation) {
				model.addAttribute("error", FlashMessage.of(violation));
			}
		}
		return "inspection/items";
	}

	@PostMapping("/inspections/items")
	String create(@RequestParam(required = false) @Nullable Long reviseOf, @RequestParam long departmentId,
			@RequestParam String name, @RequestParam String legalBasis,
			@RequestParam(required = false) @Nullable List<SubjectKind> subjectKinds, @RequestParam String content,
			@RequestParam ItemMethod method, @RequestParam(defaultValue = "false") boolean keyItem,
			ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			InspectionInputs.Item input = new InspectionInputs.Item(departmentId, required(name, "name"),
					required(legalBasis, "legalBasis"), subjectKinds == null ? List.of() : subjectKinds,
					required(content, "content"), method, keyItem);
			if (input.subjectKinds().isEmpty()) {
				throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.field-required",
						"subjectKinds");
			}
			if (reviseOf == null) {
				items.create(input, caller);
			}
			else {
				items.revise(reviseOf, input, caller);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/inspections/items";
	}

	@PostMapping("/inspections/items/{id}/publish")
	String publish(@PathVariable long id, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			items.publish(id, caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/inspections/items";
	}

	@GetMapping("/inspections/plans")
	String plans(ScopedPrincipal caller, Model model) {
		List<InspectionPlan> plans = tasks.plans(caller);
		Map<Long, List<InspectionTask>> byPlan = new HashMap<>();
		plans.forEach(p -> byPlan.put(p.id(), tasks.tasks(p.id(), caller)));
		model.addAttribute("plans", plans);
		model.addAttribute("tasks", byPlan);
		model.addAttribute("departments", names(caller));
		model.addAttribute("organisations", organizations.visibleIn(caller.jurisdiction())
			.stream()
			.filter(o -> o.isWithin(caller.jurisdiction()))
			.toList());
		model.addAttribute("year", LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear());
		return "inspection/plans";
	}

	private Map<Long, String> names(ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		for (Organization o : organizations.visibleIn(caller.jurisdiction())) {
			names.put(o.id().value(), o.name());
		}
		return names;
	}

	private static String required(String text, String field) {
		if (text.isBlank()) {
			throw new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.field-required", field);
		}
		return text.strip();
	}
}
