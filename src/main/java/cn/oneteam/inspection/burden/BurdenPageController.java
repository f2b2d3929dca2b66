package cn.oneteam.inspection.burden;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of the burden figures, with its charts and the alerts (docs/adr/0031-inspection-burden.md). */
@Controller
class BurdenPageController {

	private final InspectionBurden burden;

	private final Clock clock;

	BurdenPageController(InspectionBurden burden, Clock clock) {
		this.burden = burden;
		this.clock = clock;
	}

	@GetMapping("/inspections/burden")
	String burden(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String division, ScopedPrincipal caller, Model model) {
		int shown = year == null ? BurdenApiController.thisYear(clock) : year;
		model.addAttribute("year", shown);
		model.addAttribute("division", division == null ? "" : division);
		try {
			BurdenFigures figures = burden.figures(shown, division, caller);
			model.addAttribute("figures", figures);
			model.addAttribute("alerts", burden.alerts(shown, division, caller));
			model.addAttribute("chart", chart(figures));
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", FlashMessage.of(violation));
		}
		return "inspection/burden";
	}

	/** The chart's data: the distribution in total and per department (0, 1, 2, 3+). */
	private static Map<String, Object> chart(BurdenFigures figures) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("total", counts(figures.total()));
		chart.put("departments", figures.byDepartment().stream().map(BurdenFigures.DepartmentFigures::department).toList());
		chart.put("byDepartment", figures.byDepartment().stream().map(d -> counts(d.distribution())).toList());
		return chart;
	}

	private static List<Integer> counts(BurdenFigures.Distribution d) {
		return List.of(d.none(), d.one(), d.two(), d.threeOrMore());
	}
}
