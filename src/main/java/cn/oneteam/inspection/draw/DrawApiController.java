package cn.oneteam.inspection.draw;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Making draws (staff): from explicit strata and inspectors; a draw is never redone or changed (docs/adr/0026-the-draw.md). */
@RestController
@RequestMapping("/api/v1/inspections/draws")
@Tag(name = "draws 双随机抽取", description = "Make a draw of subjects per stratum and of inspectors per drawn subject")
class DrawApiController {

	private final Draws draws;

	DrawApiController(Draws draws) {
		this.draws = draws;
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
