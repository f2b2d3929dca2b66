package cn.oneteam.analytics;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 统计分析: the starting page of the command centre, one entry per view the viewer may use. */
@Controller
class AnalyticsPageController {

	@GetMapping("/analytics")
	@PreAuthorize("hasAnyAuthority('dashboard:view', 'supervision:review', 'event:dispatch')")
	String hub() {
		return "analytics/index";
	}
}
