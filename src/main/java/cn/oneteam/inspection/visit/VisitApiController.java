package cn.oneteam.inspection.visit;

import java.time.LocalDate;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The visits and the figures of 综合查一次 through the API (docs/adr/0028-joint-visits.md). */
@RestController
@RequestMapping("/api/v1/inspections/visits")
@Tag(name = "visits 检查 · 综合查一次", description = "The visits planned from draws and targeted inspections, merged "
		+ "across departments; the figures planned (parts), made (visits) and saved")
class VisitApiController {

	/** One visit with its parts. */
	record VisitWithParts(Visit visit, List<VisitPart> parts) {
	}

	private final Visits visits;

	private final VisitFigures figures;

	VisitApiController(Visits visits, VisitFigures figures) {
		this.visits = visits;
		this.figures = figures;
	}

	@GetMapping
	@Operation(summary = "The visits the caller sees (subject in the jurisdiction or the caller's body taking part) whose "
			+ "window starts in the year (this year by default), of one task or plan when given; page from 0, size 1-200",
			description = "400 inspection.page-invalid, inspection.year-invalid.")
	VisitFigures.Page list(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Long taskId, @RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable String division, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, ScopedPrincipal caller) {
		return figures.page(new VisitFigures.Selection(year(year), taskId, planId, division), page, size, caller);
	}

	@GetMapping("/merging")
	@Operation(summary = "综合查一次 figures: parts planned, visits made, saved = parts - visits, joint visits, and per "
			+ "department; for the caller's visits of the year, one task, plan or division when given")
	VisitFigures.Merging merging(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Long taskId, @RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable String division, ScopedPrincipal caller) {
		return figures.merging(new VisitFigures.Selection(year(year), taskId, planId, division), caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit with its parts (404 inspection.visit-not-found when not the caller's)")
	VisitWithParts visit(@PathVariable long id, ScopedPrincipal caller) {
		return new VisitWithParts(visits.visit(id, caller), visits.parts(id, caller));
	}

	static int year(@Nullable Integer year) {
		return year == null ? LocalDate.now(ChinaTime.ZONE).getYear() : year;
	}
}
