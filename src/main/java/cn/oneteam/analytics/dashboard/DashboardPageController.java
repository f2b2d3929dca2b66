package cn.oneteam.analytics.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard pages, one per role, with their charts fed by a JSON block (docs/adr/0050-dashboards-and-projections.md). */
@Controller
class DashboardPageController {

	private final Dashboards dashboards;

	private final MessageSource messages;

	DashboardPageController(Dashboards dashboards, MessageSource messages) {
		this.dashboards = dashboards;
		this.messages = messages;
	}

	@GetMapping("/analytics/dashboards/{role}")
	@PreAuthorize("hasAnyAuthority('dashboard:view', 'supervision:review', 'event:dispatch')")
	String dashboard(@PathVariable String role, @RequestParam(required = false) @Nullable DivisionCode division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			ScopedPrincipal caller, Authentication authentication, Locale locale, Model model) {
		Dashboard dashboard = dashboards.view(DashboardRole.of(role), division, from, to, caller,
				DashboardApiController.authorities(authentication));
		model.addAttribute("d", dashboard);
		model.addAttribute("chart", chartData(dashboard, locale));
		return "analytics/dashboard";
	}

	/** The series of the charts as plain lists and maps the page script reads; labels are translated on the page. */
	private Map<String, Object> chartData(Dashboard d, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		Figures t = d.total();
		chart.put("stages", slices(t, "case", "case.stage.", locale));
		chart.put("domains", slices(t, "case.domain", "domain.", locale));
		chart.put("channels", slices(t, "event.channel", "intake.channel.", locale));
		List<Dashboard.Line> lines = d.children().isEmpty() ? d.bodies() : d.children();
		List<String> names = new ArrayList<>();
		List<Long> cases = new ArrayList<>();
		List<Long> events = new ArrayList<>();
		for (Dashboard.Line line : lines) {
			names.add(line.name());
			cases.add(line.figures().cases());
			events.add(line.figures().events());
		}
		chart.put("lines", names);
		// only the series the role may see: a supervisor is given no case counts (docs/adr/0050-dashboards-and-projections.md)
		if (t.shows("case")) {
			chart.put("cases", cases);
		}
		if (t.shows("event.channel")) {
			chart.put("events", events);
		}
		return chart;
	}

	/** A pie's slices: the dimensions of a measure by their translated names, with their counts. */
	private List<Map<String, Object>> slices(Figures figures, String measure, String labels, Locale locale) {
		return figures.measures().getOrDefault(measure, Map.of()).entrySet().stream()
			.map(e -> Map.<String, Object>of("name", messages.getMessage(labels + e.getKey(), null, e.getKey(), locale),
					"value", e.getValue().n()))
			.toList();
	}
}
