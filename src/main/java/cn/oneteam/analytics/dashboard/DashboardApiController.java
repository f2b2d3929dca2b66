package cn.oneteam.analytics.dashboard;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.analytics.Projections;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboards per role as JSON, and the recount of their projections for an administrator. */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "analytics 统计分析", description = "Dashboards per role (领导, 司法局监督, 局长, 调度员) from the projections kept "
		+ "current by the typed events, with drill-down and fair rankings (docs/adr/0050-dashboards-and-projections.md)")
class DashboardApiController {

	private final Dashboards dashboards;

	private final Projections projections;

	DashboardApiController(Dashboards dashboards, Projections projections) {
		this.dashboards = dashboards;
		this.projections = projections;
	}

	@GetMapping("/dashboards/{role}")
	@PreAuthorize("hasAnyAuthority('dashboard:view', 'supervision:review', 'event:dispatch')")
	@Operation(summary = "A dashboard for a division and period: the whole, its child divisions (drill-down "
			+ "prefecture → county → township) and its bodies, with fair rankings and staffing",
			description = "role: leader (dashboard:view), supervisor (supervision:review), head (a BUREAU_HEAD, his own "
					+ "body only) or dispatcher (event:dispatch); another role's dashboard is 403 "
					+ "dashboard.role-forbidden, an unknown one 404. division: default the first of your jurisdiction; "
					+ "outside it 403 dashboard.outside-jurisdiction. from/to: Beijing days, both inclusive, default "
					+ "1 January of this year to today; to before from or a period over ten years is 400 "
					+ "dashboard.period-invalid. Rankings list only lines whose sample reaches "
					+ "oneteam.analytics.ranking-min-sample (default 30); the others are listed apart with their sample.")
	Dashboard dashboard(@PathVariable String role,
			@Parameter(example = "632802") @RequestParam(required = false) @Nullable DivisionCode division,
			@Parameter(example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(example = "2026-12-31") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			ScopedPrincipal caller, Authentication authentication) {
		return dashboards.view(DashboardRole.of(role), division, from, to, caller, authorities(authentication));
	}

	@PostMapping("/projections/rebuild")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Operation(summary = "Recount the dashboards' projections from the records (administrator)",
			description = "Replaces every fact and counter in one transaction; the listeners wait meanwhile and then "
					+ "apply their changes. For the bench and after a repair; answers how many rows were written.")
	Projections.Rebuilt rebuild() {
		return projections.rebuild();
	}

	static Set<String> authorities(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}
}
