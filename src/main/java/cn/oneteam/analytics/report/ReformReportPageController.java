package cn.oneteam.analytics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reform report's page: figures with their definitions, bar charts, and the downloads. */
@Controller
class ReformReportPageController {

	private final ReformReports reports;

	private final ReformLines lines;

	private final Clock clock;

	ReformReportPageController(ReformReports reports, ReformLines lines, Clock clock) {
		this.reports = reports;
		this.lines = lines;
		this.clock = clock;
	}

	@GetMapping("/analytics/reform-report")
	String page(@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable Integer year, ScopedPrincipal caller, Locale locale, Model model) {
		String area = division != null && !division.isBlank() ? division.trim()
				: caller.jurisdiction().isNationwide() ? "63" : caller.jurisdiction().codes().get(0);
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		ReformReport report = reports.report(area, y, caller);
		List<ReformLines.Line> all = lines.of(report, locale);
		model.addAttribute("report", report);
		model.addAttribute("sections", ReformReport.SECTIONS);
		model.addAttribute("lines", all);
		model.addAttribute("chart", chart(report, all));
		return "analytics/reform-report";
	}

	/** The charts' data for the page script: per chart its title, the labels and the values. */
	private Map<String, Object> chart(ReformReport report, List<ReformLines.Line> all) {
		Map<String, Object> charts = new LinkedHashMap<>();
		ReformReport.CHARTS.forEach((key, figures) -> charts.put(key, Map.of(
				"labels", figures.stream().map(f -> all.stream().filter(l -> l.key().equals(f)).findFirst()
					.map(ReformLines.Line::label).orElse(f)).toList(),
				"values", figures.stream().map(f -> report.value(f, null)).toList())));
		return charts;
	}
}
