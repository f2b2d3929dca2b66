package cn.oneteam.disclosure;

import java.util.List;
import java.util.Locale;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's statistics and open-data pages (docs/adr/0045-annual-enforcement-statistics.md): choose a year and a
 * body, read its published report category by category; the open-data index; and, for signed-in staff, a preview of
 * a year not yet published. Bad input answers with the page and a localised message under the problem's status
 * (docs/adr/0012-bad-input.md).
 */
@Controller
class PublicStatisticsPageController {

	private final EnforcementStatistics statistics;

	private final OpenDataIndex openData;

	PublicStatisticsPageController(EnforcementStatistics statistics, OpenDataIndex openData) {
		this.statistics = statistics;
		this.openData = openData;
	}

	@GetMapping("/public/statistics")
	String statistics(@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String year, Model model, HttpServletResponse response) {
		List<Integer> years = statistics.years();
		model.addAttribute("years", years);
		model.addAttribute("body", body == null ? "" : body.strip());
		model.addAttribute("bodies", List.of());
		try {
			Integer chosen = year == null || year.isBlank() ? (years.isEmpty() ? null : years.get(0))
					: EnforcementStatistics.year(year);
			model.addAttribute("year", chosen);
			if (chosen != null) {
				model.addAttribute("bodies", statistics.publishedBodies(chosen));
				if (body != null && !body.isBlank()) {
					model.addAttribute("report", statistics.published(body, String.valueOf(chosen), null));
				}
			}
		}
		catch (RuleViolation violation) {
			response.setStatus(violation.status());
			model.addAttribute("error", FlashMessage.of(violation));
		}
		return "disclosure/statistics";
	}

	@GetMapping("/public/open-data")
	String openData(Locale locale, Model model) {
		model.addAttribute("index", openData.index(locale));
		return "disclosure/open-data";
	}

	@GetMapping("/disclosure/statistics")
	String preview(@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String year, ScopedPrincipal caller, Model model,
			HttpServletResponse response) {
		model.addAttribute("bodies", statistics.bodiesFor(caller));
		model.addAttribute("body", body == null ? "" : body.strip());
		model.addAttribute("year", year == null ? "" : year.strip());
		if (body != null && !body.isBlank()) {
			try {
				model.addAttribute("preview", statistics.preview(body, year, caller));
			}
			catch (RuleViolation violation) {
				response.setStatus(violation.status());
				model.addAttribute("error", FlashMessage.of(violation));
			}
		}
		return "disclosure/statistics-preview";
	}
}
