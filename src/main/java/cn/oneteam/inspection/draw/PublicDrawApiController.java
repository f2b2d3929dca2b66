package cn.oneteam.inspection.draw;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draws, public without an account (docs/adr/0026-the-draw.md): the list newest first, a draw with its seed,
 * population hash and strata, and the population text whose SHA-256 is the hash, so that anyone can recompute it.
 */
@RestController
@RequestMapping("/api/v1/public/inspections/draws")
@Tag(name = "public draws 双随机公开", description = "Inspection draws, verifiable by anyone without an account")
class PublicDrawApiController {

	private final Draws draws;

	PublicDrawApiController(Draws draws) {
		this.draws = draws;
	}

	@GetMapping
	@Operation(summary = "The draws, newest first, with their ids")
	List<DrawViews.Summary> list() {
		return draws.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A draw: seed, populationSha256, drawnAt, strata [{stratum, size, n, drawn}] and the inspectors "
			+ "per drawn subject; key = lowercase hex SHA-256 of '{seed}|{subjectCode}', the n smallest keys are drawn")
	DrawViews.PublicDraw get(@PathVariable long id) {
		return draws.get(id);
	}

	@GetMapping(value = "/{id}/population", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	@Operation(summary = "The population as text: one line 'stratum,subjectCode' per candidate, each ending in \\n "
			+ "(natural persons masked); its SHA-256 is populationSha256")
	String population(@PathVariable long id) {
		return draws.population(id);
	}
}
