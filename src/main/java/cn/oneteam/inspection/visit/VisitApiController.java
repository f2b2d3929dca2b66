package cn.oneteam.inspection.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.inspection.SubjectCodes;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.quiet.InspectionTrigger;
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
	record VisitWithParts(VisitView visit, List<VisitPart> parts) {
	}

	/**
	 * A visit as the API answers it: the subject shown as the lists and pages show it — a natural person's identity
	 * number masked (docs/adr/0010-personal-data-masking.md) — never the whole code ({@link Visit#subjectCode} stays
	 * inside the module).
	 */
	record VisitView(long id, long subjectId, String subject, String divisionCode, VisitKind kind,
			InspectionTrigger trigger, long leadDepartmentId, List<Long> departmentIds, LocalDate windowFrom,
			LocalDate windowUntil, boolean onSite, String code, List<String> inspectors, VisitState state,
			@Nullable String reason, long createdBy, OffsetDateTime createdAt, @Nullable Long recordedBy,
			@Nullable OffsetDateTime recordedAt, @Nullable Boolean withCode, @Nullable LocalDate inspectedOn,
			@Nullable VisitOutcome outcome, @Nullable Long caseId, @Nullable LocalDate publishDue,
			@Nullable OffsetDateTime publishedAt) {

		static VisitView of(Visit v) {
			return new VisitView(v.id(), v.subjectId(), SubjectCodes.shown(v.subjectCode()), v.divisionCode(), v.kind(),
					v.trigger(), v.leadDepartmentId(), v.departmentIds(), v.windowFrom(), v.windowUntil(), v.onSite(),
					v.code(), v.inspectors(), v.state(), v.reason(), v.createdBy(), v.createdAt(), v.recordedBy(),
					v.recordedAt(), v.withCode(), v.inspectedOn(), v.outcome(), v.caseId(), v.publishDue(),
					v.publishedAt());
		}
	}

	private final Visits visits;

	private final VisitFigures figures;

	private final Clock clock;

	VisitApiController(Visits visits, VisitFigures figures, Clock clock) {
		this.visits = visits;
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The visits the caller sees (subject in the jurisdiction or the caller's body taking part) whose "
			+ "window starts in the year (this year by default), of one task or plan when given; page from 0, size 1-200",
			description = "400 inspection.page-invalid, inspection.year-invalid.")
	VisitFigures.Page list(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Long taskId, @RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable String division, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, ScopedPrincipal caller) {
		return figures.page(new VisitFigures.Selection(year(year, clock), taskId, planId, division), page, size, caller);
	}

	@GetMapping("/merging")
	@Operation(summary = "综合查一次 figures: parts planned, visits made, saved = parts - visits, joint visits, and per "
			+ "department; for the caller's visits of the year, one task, plan or division when given")
	VisitFigures.Merging merging(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Long taskId, @RequestParam(required = false) @Nullable Long planId,
			@RequestParam(required = false) @Nullable String division, ScopedPrincipal caller) {
		return figures.merging(new VisitFigures.Selection(year(year, clock), taskId, planId, division), caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One visit with its parts, the subject shown (a natural person's number masked; 404 inspection.visit-not-found when not the caller's)")
	VisitWithParts visit(@PathVariable long id, ScopedPrincipal caller) {
		return new VisitWithParts(VisitView.of(visits.visit(id, caller)), visits.parts(id, caller));
	}

	/** The year asked for, else this year in China by the application's clock. */
	static int year(@Nullable Integer year, Clock clock) {
		return year == null ? LocalDate.now(clock.withZone(ChinaTime.ZONE)).getYear() : year;
	}
}
