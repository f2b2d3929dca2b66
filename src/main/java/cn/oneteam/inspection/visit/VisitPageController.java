package cn.oneteam.inspection.visit;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.inspection.InspectionItem;
import cn.oneteam.inspection.InspectionItems;
import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The visits page (docs/adr/0028-joint-visits.md): the figures of 综合查一次 for the year on top — parts planned, visits
 * made, saved — then the caller's visits a page at a time; and one visit with its parts and items.
 */
@Controller
class VisitPageController {

	static final int PAGE_SIZE = 50;

	private final Visits visits;

	private final VisitFigures figures;

	private final Organizations organizations;

	private final InspectionItems items;

	private final Clock clock;

	VisitPageController(Visits visits, VisitFigures figures, Organizations organizations, InspectionItems items,
			Clock clock) {
		this.clock = clock;
		this.visits = visits;
		this.figures = figures;
		this.organizations = organizations;
		this.items = items;
	}

	@GetMapping("/inspections/visits")
	String visits(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Long taskId, @RequestParam(defaultValue = "0") int page,
			ScopedPrincipal caller, Model model) {
		VisitFigures.Selection selection = new VisitFigures.Selection(VisitApiController.year(year, clock), taskId, null, null);
		model.addAttribute("year", selection.year());
		model.addAttribute("taskId", taskId);
		model.addAttribute("merging", figures.merging(selection, caller));
		model.addAttribute("page", figures.page(selection, Math.max(page, 0), PAGE_SIZE, caller));
		model.addAttribute("departments", names(caller));
		return "inspection/visits";
	}

	@GetMapping("/inspections/visits/{id}")
	String visit(@PathVariable long id, ScopedPrincipal caller, Model model) {
		Visit visit = visits.visit(id, caller);
		List<VisitPart> parts = visits.parts(id, caller);
		Map<Long, InspectionItem> byId = new HashMap<>();
		items.byIds(parts.stream().flatMap(p -> p.itemIds().stream()).distinct().toList())
			.forEach(i -> byId.put(i.id(), i));
		model.addAttribute("visit", visit);
		model.addAttribute("subject", SubjectCodes.shown(visit.subjectCode()));
		model.addAttribute("parts", parts);
		model.addAttribute("items", byId);
		model.addAttribute("departments", names(caller));
		return "inspection/visit";
	}

	private Map<Long, String> names(ScopedPrincipal caller) {
		Map<Long, String> names = new HashMap<>();
		for (Organization o : organizations.visibleIn(caller.jurisdiction())) {
			names.put(o.id().value(), o.name());
		}
		return names;
	}
}
