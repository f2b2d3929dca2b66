package cn.oneteam.inspection;

import java.util.List;

import cn.oneteam.organization.Organization;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library of inspection targets (检查对象名录库) of a department: the subjects tagged to it now, a search of the
 * register by name or code to tag one, and ending a tag (docs/adr/0025-inspection-items-and-plans.md, Pages).
 */
@Controller
class TargetPageController {

	private final InspectionItems items;

	private final Subjects subjects;

	TargetPageController(InspectionItems items, Subjects subjects) {
		this.items = items;
		this.subjects = subjects;
	}

	@GetMapping("/inspections/targets")
	String targets(@RequestParam(required = false) @Nullable Long departmentId,
			@RequestParam(required = false) @Nullable String q, ScopedPrincipal caller, Model model) {
		List<Organization> manageable = items.manageableDepartments(caller);
		model.addAttribute("manageable", manageable);
		Long department = departmentId != null ? departmentId
				: manageable.isEmpty() ? null : manageable.get(0).id().value();
		model.addAttribute("departmentId", department);
		model.addAttribute("q", q);
		if (department != null) {
			try {
				model.addAttribute("targets", items.targets(department, caller));
			}
			catch (RuleViolation violation) {
				model.addAttribute("error", FlashMessage.of(violation));
				model.addAttribute("errorAt", "targets");
				model.addAttribute("targets", List.of());
			}
		}
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", subjects.search(q, caller));
		}
		return "inspection/targets";
	}

	@PostMapping("/inspections/targets")
	String tag(@RequestParam long departmentId, @RequestParam long subjectId,
			@RequestParam(required = false) @Nullable String q, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			items.tag(departmentId, subjectId, caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			redirect.addFlashAttribute("errorAt", "targets");
		}
		return back(departmentId, q);
	}

	@PostMapping("/inspections/targets/untag")
	String untag(@RequestParam long departmentId, @RequestParam long subjectId, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			items.untag(departmentId, subjectId, caller);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			redirect.addFlashAttribute("errorAt", "targets");
		}
		return back(departmentId, null);
	}

	private static String back(long departmentId, @Nullable String q) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/inspections/targets")
			.queryParam("departmentId", departmentId);
		if (q != null && !q.isBlank()) {
			uri.queryParam("q", q);
		}
		return "redirect:" + uri.encode().build().toUriString();
	}
}
