package cn.oneteam.analytics.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
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

	/**
	 * Without a division the viewer's own, when the jurisdiction is one division; a nationwide viewer or one of several
	 * divisions gets the form empty with a prompt.
	 */
	@GetMapping("/analytics/reform-report")
	@PreAuthorize(ReformReports.WHO)
	String page(@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable Integer year, ScopedPrincipal caller, Locale locale, Model model) {
		String area = division != null && !division.isBlank() ? division.trim() : own(caller);
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("division", area);
		model.addAttribute("year", y);
		if (area == null) {
			return "analytics/reform-report";
		}
		ReformReport report = reports.report(area, y, caller);
		List<ReformLines.Line> all = lines.of(report, locale);
		model.addAttribute("report", report);
		model.addAttribute("sections", ReformReport.SECTIONS);
		model.addAttribute("lines", all);
		model.addAttribute("chart", chart(report, all));
		return "analytics/reform-report";
	}

	private static @Nullable String own(ScopedPrincipal caller) {
		List<String> codes = caller.jurisdiction().codes();
		return caller.jurisdiction().isNationwide() || codes.size() != 1 ? null : codes.get(0);
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
