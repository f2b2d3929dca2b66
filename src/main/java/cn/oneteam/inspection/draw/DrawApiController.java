package cn.oneteam.inspection.draw;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Making draws (staff): from explicit strata and inspectors; a draw is never redone or changed (docs/adr/0026-the-draw.md). */
@RestController
@RequestMapping("/api/v1/inspections/draws")
@Tag(name = "draws 双随机抽取", description = "Make a draw of subjects per stratum and of inspectors per drawn subject")
class DrawApiController {

	private final Draws draws;

	private final JurisdictionDraws jurisdiction;

	private final TaskDraws taskDraws;

	DrawApiController(Draws draws, JurisdictionDraws jurisdiction, TaskDraws taskDraws) {
		this.draws = draws;
		this.jurisdiction = jurisdiction;
		this.taskDraws = taskDraws;
	}

	@PostMapping("/tasks/{taskId}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw an approved task now: its population per credit class (quiet and capped subjects left "
			+ "out unless a key item); each department of the task draws its own certified inspectors (with the tag "
			+ "asked for it) after recusal (declared conflicts, last case, last inspection, as asked); the task becomes "
			+ "DRAWN. A drawn task drawn again is a new record with its reason. 404 inspection.task-unknown, 409 "
			+ "inspection.task-not-approved, 422 draw.inspector-shortfall naming subject and department")
	DrawViews.Made drawTask(@PathVariable long taskId, @Valid @RequestBody TaskDraws.Input input,
			ScopedPrincipal caller) {
		return taskDraws.draw(taskId, input, caller);
	}

	@PostMapping("/by-credit-class")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw now over the caller's jurisdiction: strata = credit classes A-D (counts per class), "
			+ "inspectors = certified staff of the caller's body, recusal by declared conflicts if asked")
	DrawViews.Made drawByCreditClass(@Valid @RequestBody JurisdictionDraws.Input input, ScopedPrincipal caller) {
		return jurisdiction.draw(input, caller);
	}

	@GetMapping("/inspectors")
	@Operation(summary = "The certificate numbers the caller's body would draw from")
	List<String> inspectors(ScopedPrincipal caller) {
		return jurisdiction.inspectors(caller);
	}

	@PostMapping("/conflicts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Declare a conflict: the inspector with this certificate is never drawn for the subject")
	long declare(@Valid @RequestBody JurisdictionDraws.Conflict conflict, ScopedPrincipal caller) {
		return jurisdiction.declare(conflict, caller);
	}

	@GetMapping("/conflicts")
	@Operation(summary = "The conflicts declared by bodies within the caller's jurisdiction, open ones first (of one "
			+ "subject when subjectCode is given); a natural person's code masked")
	List<JurisdictionDraws.DeclaredConflict> conflicts(@RequestParam(required = false) @Nullable String subjectCode,
			ScopedPrincipal caller) {
		return jurisdiction.conflicts(subjectCode, caller);
	}

	@PostMapping("/conflicts/{id}/end")
	@Operation(summary = "End a declared conflict with its reason (kept, never deleted), by a case:approve holder of "
			+ "the declaring body other than the certificate's holder; 403 draw.conflict-not-yours, 404 "
			+ "draw.conflict-unknown, 409 draw.conflict-ended")
	JurisdictionDraws.DeclaredConflict endConflict(@PathVariable long id, @Valid @RequestBody JurisdictionDraws.End end,
			ScopedPrincipal caller) {
		return jurisdiction.endConflict(id, end, caller);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw now from the strata and inspectors given (seed made now; 422 naming every subject with "
			+ "too few eligible inspectors after recusal)")
	DrawViews.Made draw(@Valid @RequestBody DrawRequest request, ScopedPrincipal caller) {
		return draws.draw(request, caller);
	}

	@GetMapping("/{id}/subjects")
	@Operation(summary = "The drawn subjects with their real codes and drawn inspectors")
	List<DrawViews.DrawnSubject> subjects(@PathVariable long id) {
		return draws.drawnSubjects(id);
	}
}
