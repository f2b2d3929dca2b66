package cn.oneteam.inspection.burden;

import java.time.Clock;
import java.time.LocalDate;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The burden figures and repeat-visit alerts through the API (docs/adr/0031-inspection-burden.md). */
@RestController
@Tag(name = "inspection burden 涉企检查负担", description = "Inspections per subject per year by department and in "
		+ "total, visits saved by merging, the share that found a problem; repeat and unmerged visits")
class BurdenApiController {

	private final InspectionBurden burden;

	private final Clock clock;

	BurdenApiController(InspectionBurden burden, Clock clock) {
		this.burden = burden;
		this.clock = clock;
	}

	@GetMapping("/api/v1/inspections/burden")
	@Operation(summary = "The burden figures of a year (this year by default) over the caller's jurisdiction or a "
			+ "division inside it", description = "400 inspection.burden-year; 403 inspection.division-outside-jurisdiction.")
	BurdenFigures figures(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String division, ScopedPrincipal caller) {
		return burden.figures(year == null ? thisYear(clock) : year, division, caller);
	}

	@GetMapping("/api/v1/inspections/alerts/repeat-visits")
	@Operation(summary = "Subjects visited more often than a cap or the threshold in a year, and visits of one subject "
			+ "by different departments close in time that were not merged (多头 / 重复检查)")
	RepeatVisitAlerts alerts(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String division, ScopedPrincipal caller) {
		return burden.alerts(year == null ? thisYear(clock) : year, division, caller);
	}

	static int thisYear(Clock clock) {
		return LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear();
	}
}
